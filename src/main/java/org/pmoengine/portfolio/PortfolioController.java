package org.pmoengine.portfolio;

import java.util.Comparator;
import java.util.List;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.ProjectRequestRepository;
import org.pmoengine.intake.RequestStatus;
import org.pmoengine.intake.Route;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.ForbiddenException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The open pipeline, best score first, for the PMO and the portfolio board. */
@RestController
@RequestMapping("/api/portfolio")
class PortfolioController {

  record RankedRequest(int rank, String key, String title, Integer score, String priorityClass,
      Route route, RequestStatus status, String submittedBy, List<String> topReasons) {}

  private static final List<RequestStatus> OPEN =
      List.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW, RequestStatus.MORE_INFORMATION);

  private final ProjectRequestRepository requests;
  private final CurrentUser user;

  PortfolioController(ProjectRequestRepository requests, CurrentUser user) {
    this.requests = requests;
    this.user = user;
  }

  @GetMapping("/ranking")
  @Transactional(readOnly = true)
  List<RankedRequest> ranking() {
    if (!(user.isMemberOf(PmoGroups.PMO) || user.isMemberOf(PmoGroups.PORTFOLIO_BOARD)
        || user.isMemberOf(PmoGroups.CAMUNDA_ADMIN))) {
      throw new ForbiddenException("The portfolio ranking is for the PMO and the portfolio board.");
    }
    List<ProjectRequest> open = requests.findByStatusIn(OPEN).stream()
        .sorted(Comparator.comparing(ProjectRequest::getScore,
                Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ProjectRequest::getSubmittedAt))
        .toList();
    return java.util.stream.IntStream.range(0, open.size())
        .mapToObj(i -> {
          ProjectRequest r = open.get(i);
          return new RankedRequest(i + 1, r.getKey(), r.getTitle(), r.getScore(),
              r.getPriorityClass(), r.getRoute(), r.getStatus(), r.getSubmittedBy(),
              r.getTopReasons());
        })
        .toList();
  }
}
