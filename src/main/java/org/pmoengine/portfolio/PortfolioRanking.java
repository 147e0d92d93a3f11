package org.pmoengine.portfolio;

import java.util.Comparator;
import java.util.List;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.ProjectRequestRepository;
import org.pmoengine.intake.RequestStatus;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open requests, best score first (unscored ones last, then the oldest first), for the PMO
 * and the portfolio board. The API's ranking and the intake pipeline page both read it here.
 */
@Service
@Transactional(readOnly = true)
public class PortfolioRanking {

  static final List<RequestStatus> OPEN =
      List.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW, RequestStatus.MORE_INFORMATION);

  private final ProjectRequestRepository requests;
  private final CurrentUser user;

  public PortfolioRanking(ProjectRequestRepository requests, CurrentUser user) {
    this.requests = requests;
    this.user = user;
  }

  /** The open requests in rank order; refused to anyone but the PMO and the portfolio board. */
  public List<ProjectRequest> openRequests() {
    if (!(user.isMemberOf(PmoGroups.PMO) || user.isMemberOf(PmoGroups.PORTFOLIO_BOARD)
        || user.isMemberOf(PmoGroups.CAMUNDA_ADMIN))) {
      throw new ForbiddenException("The portfolio ranking is for the PMO and the portfolio board.");
    }
    return requests.findByStatusIn(OPEN).stream()
        .sorted(Comparator.comparing(ProjectRequest::getScore,
                Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ProjectRequest::getSubmittedAt)
            .thenComparing(ProjectRequest::getKey))
        .toList();
  }
}
