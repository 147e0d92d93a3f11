package org.pmoengine.intake;

import java.time.Instant;
import java.util.List;

/**
 * Where a request waits and since when, read from the request and its review decisions (not from
 * the process): scored requests wait in PMO triage, large ones the PMO approved at the portfolio
 * board, questioned ones with their requester.
 *
 * @param since when it arrived there (submission, scoring, the last decision)
 */
public record RequestProgress(Step step, Instant since) {

  /** A place a request waits in, or the decision that ended its way. */
  public enum Step {
    SCORING("Being scored", null),
    PMO_TRIAGE("PMO triage", ReviewStage.PMO_TRIAGE.taskId()),
    PORTFOLIO_BOARD("Portfolio board review", ReviewStage.PORTFOLIO_BOARD.taskId()),
    MORE_INFORMATION("More information from the requester", "provide-information"),
    APPROVED("Approved", null),
    REJECTED("Rejected", null),
    DEFERRED("Deferred to the backlog", null);

    private final String label;
    private final String taskId;

    Step(String label, String taskId) {
      this.label = label;
      this.taskId = taskId;
    }

    /** How the step reads on a page. */
    public String label() {
      return label;
    }

    /** The BPMN id of the user task open in this step, or null when no task is open. */
    public String taskId() {
      return taskId;
    }

    public boolean isOpen() {
      return this != APPROVED && this != REJECTED && this != DEFERRED;
    }
  }

  /**
   * @param decisions the request's review decisions, oldest first
   * @param scoredAt when the rules last scored it (the triage task opened then), or null
   */
  public static RequestProgress of(ProjectRequest request, List<ReviewDecision> decisions,
      Instant scoredAt) {
    ReviewDecision last = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    return switch (request.getStatus()) {
      case SUBMITTED -> new RequestProgress(Step.SCORING,
          last == null ? request.getSubmittedAt() : last.getDecidedAt());
      case IN_REVIEW -> {
        if (last != null && last.getStage() == ReviewStage.PMO_TRIAGE
            && last.getDecision() == Decision.APPROVE) {
          yield new RequestProgress(Step.PORTFOLIO_BOARD, last.getDecidedAt());
        }
        yield new RequestProgress(Step.PMO_TRIAGE,
            scoredAt != null ? scoredAt : request.getSubmittedAt());
      }
      case MORE_INFORMATION -> new RequestProgress(Step.MORE_INFORMATION, request.getDecidedAt());
      case APPROVED -> new RequestProgress(Step.APPROVED, request.getDecidedAt());
      case REJECTED -> new RequestProgress(Step.REJECTED, request.getDecidedAt());
      case DEFERRED -> new RequestProgress(Step.DEFERRED, request.getDecidedAt());
    };
  }
}
