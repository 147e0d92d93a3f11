package org.pmoengine.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issue and action item register of each project. The caller has checked access; the gate
 * and health rules read {@link #overdueOpenIssues} as facts.
 */
@Service
@Transactional
public class IssueRegister extends Register<Issue> {

  private static final Logger log = LoggerFactory.getLogger(IssueRegister.class);

  private final IssueRepository issues;

  public IssueRegister(IssueRepository issues, RegisterChangeRepository changes, Clock clock) {
    super(issues, changes, RegisterChange.EntryType.ISSUE, "issue", clock);
    this.issues = issues;
  }

  /** Today in the server's time zone, against which due dates are judged. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Transactional(readOnly = true)
  public List<Issue> of(String projectKey) {
    return issues.findByProjectKeyOrderByDueDateAscIdAsc(projectKey);
  }

  public Issue add(String projectKey, IssueForm form, String userId) {
    requireValid(RegisterValidator.validate(form, false));
    Issue issue = issues.save(new Issue(projectKey, form, userId, clock.instant()));
    recordAdded(issue, userId);
    log.info("Issue {} (due {}) added to {} by {}", issue.getId(), issue.getDueDate(), projectKey,
        userId);
    return issue;
  }

  public Issue update(String projectKey, long id, IssueForm form, String userId) {
    requireValid(RegisterValidator.validate(form, true));
    Issue issue = get(projectKey, id);
    Map<String, String> before = issue.shownFields();
    boolean wasClosed = issue.isClosed();
    issue.update(form, clock.instant());
    recordUpdated(issue, before, wasClosed, userId);
    log.info("Issue {} of {} updated by {}: due {}, {}", id, projectKey, userId,
        issue.getDueDate(), issue.getStatus());
    return issue;
  }

  /** Issues not done whose due date has passed today. */
  @Transactional(readOnly = true)
  public List<Issue> overdueOpenIssues(String projectKey) {
    return overdueOpenIssues(projectKey, today());
  }

  /** Issues not done whose due date lies before {@code today}, the oldest first. */
  @Transactional(readOnly = true)
  public List<Issue> overdueOpenIssues(String projectKey, LocalDate today) {
    return issues.findByProjectKeyAndStatusNotAndDueDateBeforeOrderByDueDateAscIdAsc(
        projectKey, IssueStatus.DONE, today);
  }
}
