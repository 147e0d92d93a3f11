package org.pmoengine.portfolio;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.pmoengine.security.SliceUsers.member;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.ProjectRequestRepository;
import org.pmoengine.intake.RequestStatus;
import org.pmoengine.intake.Route;
import org.pmoengine.security.ApiSliceSecurity;
import org.pmoengine.security.PmoGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portfolio ranking's HTTP side: who may read it and the order it gives. Ranking requests
 * the rules really scored is in IntakeApiTests.
 */
@WebMvcTest(PortfolioController.class)
@Import(PortfolioRanking.class)
@ApiSliceSecurity
class PortfolioControllerTests {

  static final List<RequestStatus> OPEN =
      List.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW, RequestStatus.MORE_INFORMATION);

  @Autowired MockMvc mvc;
  @MockitoBean ProjectRequestRepository requests;

  @Test
  void bestScoreFirstEarlierRequestFirstOnATieAndUnscoredLast() throws Exception {
    List<ProjectRequest> open = List.of(
        open("REQ-2026-0001", 40, "09:00"),
        open("REQ-2026-0002", 72, "10:00"),
        open("REQ-2026-0003", null, "08:00"),
        open("REQ-2026-0004", 72, "09:30"));
    given(requests.findByStatusIn(OPEN)).willReturn(open);

    // 72 at 09:30, 72 at 10:00, then 40, then the one not scored yet
    mvc.perform(get("/api/portfolio/ranking")
            .with(member("pf-bea", PmoGroups.REQUESTER, PmoGroups.PORTFOLIO_BOARD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].key").value(org.hamcrest.Matchers.contains(
            "REQ-2026-0004", "REQ-2026-0002", "REQ-2026-0001", "REQ-2026-0003")))
        .andExpect(jsonPath("$[*].rank").value(org.hamcrest.Matchers.contains(1, 2, 3, 4)))
        .andExpect(jsonPath("$[0].score").value(72))
        .andExpect(jsonPath("$[0].priorityClass").value("P2"))
        .andExpect(jsonPath("$[0].route").value("BOARD"))
        .andExpect(jsonPath("$[0].status").value("IN_REVIEW"))
        .andExpect(jsonPath("$[0].topReasons[0]").value("Strategic alignment 5/5"))
        .andExpect(jsonPath("$[3].score").value(org.hamcrest.Matchers.nullValue()));
  }

  @Test
  void thePmoAndAdministratorsMayReadItToo() throws Exception {
    given(requests.findByStatusIn(OPEN)).willReturn(List.of());

    mvc.perform(get("/api/portfolio/ranking")
            .with(member("pf-pete", PmoGroups.REQUESTER, PmoGroups.PMO)))
        .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
    mvc.perform(get("/api/portfolio/ranking").with(member("pf-ada", PmoGroups.CAMUNDA_ADMIN)))
        .andExpect(status().isOk());
  }

  @Test
  void aRequesterIsRefusedWithAProblemDetailAndNothingIsRead() throws Exception {
    mvc.perform(get("/api/portfolio/ranking").with(member("pf-rita", PmoGroups.REQUESTER)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail")
            .value("The portfolio ranking is for the PMO and the portfolio board."));

    verifyNoInteractions(requests);
  }

  @Test
  void anonymousCallerMustLogIn() throws Exception {
    mvc.perform(get("/api/portfolio/ranking"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

    verifyNoInteractions(requests);
  }

  /** An open request as the repository returns it, submitted at a time on 27 November 2026. */
  private static ProjectRequest open(String key, Integer score, String submittedAt) {
    ProjectRequest request = mock(ProjectRequest.class);
    given(request.getKey()).willReturn(key);
    given(request.getTitle()).willReturn("Request " + key);
    given(request.getScore()).willReturn(score);
    given(request.getPriorityClass()).willReturn(score == null ? null : "P2");
    given(request.getRoute()).willReturn(score == null ? null : Route.BOARD);
    given(request.getStatus()).willReturn(
        score == null ? RequestStatus.SUBMITTED : RequestStatus.IN_REVIEW);
    given(request.getSubmittedBy()).willReturn("pf-rita");
    given(request.getSubmittedAt())
        .willReturn(Instant.parse("2026-11-27T" + submittedAt + ":00Z"));
    given(request.getTopReasons()).willReturn(
        score == null ? List.of() : List.of("Strategic alignment 5/5"));
    return request;
  }
}
