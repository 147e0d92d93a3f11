package org.pmoengine.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.pmoengine.security.SliceUsers.member;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.pmoengine.security.ApiSliceSecurity;
import org.pmoengine.security.PmoGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The outbox API's HTTP side: who may call it, how bad parameters are answered and how a page of
 * mails is written. The filtering and ordering in the database are in {@link NotificationsTests}.
 */
@WebMvcTest(NotificationController.class)
@ApiSliceSecurity
class NotificationControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean OutboxMailRepository outbox;
  @MockitoBean UndeliveredMail undelivered;

  @Test
  void anonymousCallerMustLogInAndIsToldHowInAProblemDetail() throws Exception {
    mvc.perform(get("/api/notifications"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", "Basic realm=\"pmo-engine\""))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(401))
        .andExpect(jsonPath("$.detail")
            .value("Authentication required: log in with your PMO Engine user."));

    verifyNoInteractions(outbox);
  }

  @Test
  void requesterIsRefusedWithAProblemDetailAndNothingIsRead() throws Exception {
    mvc.perform(get("/api/notifications").with(member("nc-rita", PmoGroups.REQUESTER)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(403))
        .andExpect(jsonPath("$.detail")
            .value("Only the PMO and administrators may read the outbox."))
        .andExpect(content().string(not(containsString("at org."))));

    verifyNoInteractions(outbox);
  }

  @Test
  void aPortfolioBoardMemberIsNotThePmoEither() throws Exception {
    mvc.perform(get("/api/notifications")
            .with(member("nc-bea", PmoGroups.REQUESTER, PmoGroups.PORTFOLIO_BOARD)))
        .andExpect(status().isForbidden());

    verifyNoInteractions(outbox);
  }

  @Test
  void unknownStatusIsAFieldProblemNamingTheStatuses() throws Exception {
    mvc.perform(get("/api/notifications?status=LOST&size=0")
            .with(member("nc-pete", PmoGroups.REQUESTER, PmoGroups.PMO)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(jsonPath("$.errors[0].message")
            .value("Status must be one of [PENDING, SENT, FAILED]."));

    verifyNoInteractions(outbox);
  }

  @Test
  void pageBelowZeroAndSizeAboveTheLimitAreBothNamed() throws Exception {
    mvc.perform(get("/api/notifications?page=-1&size=1000")
            .with(member("nc-pete", PmoGroups.REQUESTER, PmoGroups.PMO)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("2 fields need correction."))
        .andExpect(jsonPath("$.errors[0].field").value("page"))
        .andExpect(jsonPath("$.errors[0].message").value("Page must be 0 or more."))
        .andExpect(jsonPath("$.errors[1].field").value("size"))
        .andExpect(jsonPath("$.errors[1].message").value("Size must be between 1 and 200."));

    verifyNoInteractions(outbox);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAdministratorReadsTheRequestedPageNewestFirstWithoutTheHtmlPart() throws Exception {
    OutboxMail mail = new OutboxMail("REQ-2026-0002:submitted:7", "nc-rita@test.example",
        new RenderedMail("REQ-2026-0002 received: Second", "<p>html</p>", "text"),
        "request-submitted", Instant.parse("2026-11-27T10:00:00Z"));
    ReflectionTestUtils.setField(mail, "id", 41L);
    // the second page of two, out of three mails: one item on it
    given(outbox.findAll(any(Specification.class), any(Pageable.class)))
        .willReturn(new PageImpl<>(List.of(mail), PageRequest.of(1, 2), 3));

    mvc.perform(get("/api/notifications?page=1&size=2&status=pending")
            .with(member("nc-admin", PmoGroups.CAMUNDA_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.size").value(2))
        .andExpect(jsonPath("$.totalItems").value(3))
        .andExpect(jsonPath("$.totalPages").value(2))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].id").value(41))
        .andExpect(jsonPath("$.items[0].subject").value("REQ-2026-0002 received: Second"))
        .andExpect(jsonPath("$.items[0].textBody").value("text"))
        .andExpect(jsonPath("$.items[0].status").value("PENDING"))
        .andExpect(jsonPath("$.items[0].createdAt").value("2026-11-27T10:00:00Z"))
        .andExpect(jsonPath("$.items[0].htmlBody").doesNotExist());

    ArgumentCaptor<Pageable> asked = ArgumentCaptor.forClass(Pageable.class);
    then(outbox).should().findAll(any(Specification.class), asked.capture());
    assertThat(asked.getValue().getPageNumber()).isEqualTo(1);
    assertThat(asked.getValue().getPageSize()).isEqualTo(2);
    assertThat(asked.getValue().getSort())
        .isEqualTo(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
  }
}
