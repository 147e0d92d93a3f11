package org.pmoengine.intake;

import java.util.List;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a project request: its requester, and the PMO and the portfolio board, who decide
 * on requests (and administrators). The caller is the authenticated user, never a parameter.
 */
@Service
@Transactional(readOnly = true)
public class RequestAccess {

  private final ProjectRequestRepository requests;
  private final CurrentUser user;

  public RequestAccess(ProjectRequestRepository requests, CurrentUser user) {
    this.requests = requests;
    this.user = user;
  }

  /** Whether the caller reads every request, not only their own. */
  public boolean seesAll() {
    return user.isMemberOf(PmoGroups.PMO) || user.isMemberOf(PmoGroups.PORTFOLIO_BOARD)
        || user.isMemberOf(PmoGroups.CAMUNDA_ADMIN);
  }

  /** The request, if the caller submitted it or decides on requests; refused otherwise. */
  public ProjectRequest toRead(String requestKey) {
    ProjectRequest request = requests.findByKey(requestKey)
        .orElseThrow(() -> new NotFoundException("There is no request " + requestKey + "."));
    if (seesAll() || request.getSubmittedBy().equals(user.id())) {
      return request;
    }
    throw new ForbiddenException(requestKey + " is someone else's request. You can open the"
        + " requests you submitted; the PMO and the portfolio board open every request.");
  }

  /** The caller's own requests, the newest first. */
  public List<ProjectRequest> mine() {
    return requests.findBySubmittedByOrderBySubmittedAtDesc(user.id());
  }
}
