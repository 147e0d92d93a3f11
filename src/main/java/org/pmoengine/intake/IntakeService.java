package org.pmoengine.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.pmoengine.project.Project;
import org.pmoengine.project.Projects;
import org.pmoengine.records.RecordKeys;
import org.pmoengine.records.TaskHeading;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a project request: registration, scoring, reviews with the four-eyes rule,
 * more information, and the project on approval. The process calls it through thin glue.
 */
@Service
@Transactional
public class IntakeService {

  private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

  /** A valid request stored, or the fields to correct (and nothing stored). */
  public record Registration(ProjectRequest request, List<FieldProblem> problems) {
    public boolean isValid() {
      return problems.isEmpty();
    }
  }

  private final ProjectRequestRepository requests;
  private final ReviewDecisionRepository decisions;
  private final IntakeScoring scoring;
  private final CategoryTrackRecords trackRecords;
  private final Projects projects;
  private final RecordKeys keys;
  private final IntakeMail mail;
  private final ReviewDeadlines deadlines;
  private final Clock clock;

  public IntakeService(ProjectRequestRepository requests, ReviewDecisionRepository decisions,
      IntakeScoring scoring, CategoryTrackRecords trackRecords, Projects projects, RecordKeys keys,
      IntakeMail mail, ReviewDeadlines deadlines, Clock clock) {
    this.requests = requests;
    this.decisions = decisions;
    this.scoring = scoring;
    this.trackRecords = trackRecords;
    this.projects = projects;
    this.keys = keys;
    this.mail = mail;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /**
   * Stores the request if every field is valid. Otherwise stores nothing, tells the requester
   * what to correct, and returns the problems.
   *
   * @param unreadable fields whose values could not even be read (wrong type)
   * @param eventId identifies this attempt, so a retried step mails once
   */
  public Registration register(RequestForm form, List<FieldProblem> unreadable,
      String submittedBy, String eventId) {
    List<FieldProblem> problems = problemsOf(form, unreadable);
    if (!problems.isEmpty()) {
      mail.correctionNeeded(eventId, submittedBy, form.title(), problems);
      return new Registration(null, problems);
    }
    ProjectRequest request = requests.save(
        new ProjectRequest(keys.next("REQ"), form, submittedBy, clock.instant()));
    log.info("Request {} submitted by {}", request.getKey(), submittedBy);
    return new Registration(request, List.of());
  }

  public void linkProcess(String requestKey, String processInstanceId) {
    load(requestKey).startedAs(processInstanceId);
  }

  /**
   * Scores the request with the rules, together with the track record of its category's
   * finished projects, stores the decision and tells the requester.
   */
  public IntakeScore score(String requestKey) {
    ProjectRequest request = load(requestKey);
    CategoryTrackRecord trackRecord = trackRecords.of(request.getCategory()).orElse(null);
    IntakeScore score = scoring.scoreAndRecord(requestKey, request.toScoringInput(), trackRecord);
    request.scored(score);
    mail.submitted(request, score);
    log.info("Request {} scored {} ({}), route {}", requestKey, score.score(),
        score.priorityClass(), score.route());
    return score;
  }

  /**
   * A review task opened: what Tasklist lists of it and what its form shows.
   *
   * @param heading name with the request's key and title, due at the review deadline, priority
   *     from the score class
   * @param formFacts the values the review form shows, for the task only
   */
  public record OpenedReview(TaskHeading heading, Map<String, Object> formFacts) {}

  /**
   * Tells the deciding group that a review is waiting, and returns the task's heading and what
   * the form shows (for the board, also the PMO's triage decision and its reason).
   */
  @Transactional
  public OpenedReview reviewOpened(String requestKey, ReviewStage stage, String taskId) {
    ProjectRequest request = load(requestKey);
    Date due = deadlines.reminderAt();
    mail.reviewOpened(request, stage, taskId, due);
    ReviewDecision triage = stage == ReviewStage.PORTFOLIO_BOARD
        ? lastDecision(requestKey, ReviewStage.PMO_TRIAGE) : null;
    return new OpenedReview(
        TaskHeading.of(stage.taskName(), request.getKey(), request.getTitle(), due,
            taskPriority(request.getPriorityClass())),
        ReviewFacts.of(request, triage));
  }

  /** The requester's task (provide information): its name with the request's key and title. */
  @Transactional(readOnly = true)
  public TaskHeading requesterTask(String requestKey, String what) {
    ProjectRequest request = load(requestKey);
    return TaskHeading.of(what, request.getKey(), request.getTitle(), null,
        taskPriority(request.getPriorityClass()));
  }

  /**
   * The Tasklist priority of a review from the request's score class: P1 first (90), then P2
   * (70), P3 (50, the engine's default) and P4 (30); an unscored request keeps the default.
   */
  static int taskPriority(String priorityClass) {
    if (priorityClass == null) {
      return TaskHeading.NORMAL_PRIORITY;
    }
    return switch (priorityClass) {
      case "P1" -> 90;
      case "P2" -> 70;
      case "P4" -> 30;
      default -> TaskHeading.NORMAL_PRIORITY;
    };
  }

  private ReviewDecision lastDecision(String requestKey, ReviewStage stage) {
    List<ReviewDecision> all = decisions.findByRequestKeyOrderByDecidedAtAscIdAsc(requestKey);
    ReviewDecision last = null;
    for (ReviewDecision decision : all) {
      if (decision.getStage() == stage) {
        last = decision;
      }
    }
    return last;
  }

  /**
   * Records a reviewer's decision and says where the process goes next. The submitter can't
   * approve their own request, whatever their groups.
   */
  public NextStep decide(String requestKey, ReviewStage stage, Decision decision, String reason,
      String userId) {
    List<FieldProblem> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(new FieldProblem(IntakeVariables.DECISION,
          "Choose approve, reject, defer or more information."));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem(IntakeVariables.DECISION_REASON,
          "Give a reason for the decision."));
    } else if (reason.length() > 4000) {
      problems.add(new FieldProblem(IntakeVariables.DECISION_REASON,
          "The reason is too long: at most 4000 characters."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ProjectRequest request = load(requestKey);
    if (request.getStatus() != RequestStatus.IN_REVIEW) {
      throw new ForbiddenException(requestKey + " is not in review (it is "
          + request.getStatus() + ").");
    }
    if (userId == null) {
      throw new ForbiddenException("A decision on " + requestKey + " needs a signed-in reviewer.");
    }
    if (decision == Decision.APPROVE && userId.equals(request.getSubmittedBy())) {
      throw new ForbiddenException("You submitted " + requestKey
          + " yourself, so someone else must approve it (four-eyes rule).");
    }
    Instant now = clock.instant();
    decisions.save(new ReviewDecision(requestKey, stage, decision, reason.strip(), userId, now));
    log.info("Request {}: {} decided {} ({})", requestKey, userId, decision, stage);
    return switch (decision) {
      case APPROVE -> {
        if (stage == ReviewStage.PMO_TRIAGE && request.getRoute() == Route.BOARD) {
          yield NextStep.BOARD_REVIEW;
        }
        request.decided(RequestStatus.IN_REVIEW, reason.strip(), userId, now);
        yield NextStep.APPROVED;
      }
      case REJECT -> closed(request, RequestStatus.REJECTED, reason, userId, now);
      case DEFER -> closed(request, RequestStatus.DEFERRED, reason, userId, now);
      case MORE_INFO -> {
        request.informationRequested(reason.strip(), userId, now);
        mail.decided(request, "MORE_INFORMATION", String.valueOf(now.toEpochMilli()));
        yield NextStep.MORE_INFORMATION;
      }
    };
  }

  private NextStep closed(ProjectRequest request, RequestStatus outcome, String reason,
      String userId, Instant now) {
    request.decided(outcome, reason.strip(), userId, now);
    mail.decided(request, outcome.name(), outcome.name());
    return outcome == RequestStatus.REJECTED ? NextStep.REJECTED : NextStep.DEFERRED;
  }

  /** The requester's answer and updated values; validated like a new request. */
  public ProjectRequest provideInformation(String requestKey, RequestForm form,
      List<FieldProblem> unreadable, String answer, String userId) {
    ProjectRequest request = load(requestKey);
    if (!request.getSubmittedBy().equals(userId)) {
      throw new ForbiddenException("Only the requester of " + requestKey
          + " can provide the information.");
    }
    List<FieldProblem> problems = problemsOf(form, unreadable);
    if (answer == null || answer.isBlank()) {
      problems.add(new FieldProblem(IntakeVariables.INFORMATION_PROVIDED,
          "Answer the reviewer's question."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    request.update(form);
    request.informationProvided(answer.strip());
    return request;
  }

  /** Creates the project of an approved request (once) and tells the requester. */
  public Project approve(String requestKey) {
    ProjectRequest request = load(requestKey);
    if (request.getStatus() == RequestStatus.APPROVED) {
      return projects.ofRequest(requestKey);
    }
    requireApproval(request);
    Project project = projects.createFromRequest(requestKey, request.getTitle(),
        request.getSponsor(), request.getDepartment(), request.getCategory(),
        request.getRequestedBudget(), request.getDesiredStart(), request.getDesiredEnd(),
        request.getSubmittedBy());
    request.approvedAs(project.getKey());
    mail.decided(request, RequestStatus.APPROVED.name(), RequestStatus.APPROVED.name());
    return project;
  }

  // a process started past its reviews (say, at create-project through the engine API) is refused
  private void requireApproval(ProjectRequest request) {
    List<ReviewDecision> reviews = decisions.findByRequestKeyOrderByDecidedAtAscIdAsc(
        request.getKey());
    ReviewStage finalStage =
        request.getRoute() == Route.BOARD ? ReviewStage.PORTFOLIO_BOARD : ReviewStage.PMO_TRIAGE;
    ReviewDecision last = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
    if (request.getStatus() != RequestStatus.IN_REVIEW || last == null
        || last.getDecision() != Decision.APPROVE || last.getStage() != finalStage
        || last.getDecidedBy().equals(request.getSubmittedBy())) {
      throw new ForbiddenException(request.getKey() + " is not approved in its "
          + finalStage.taskName() + ", so no project is created.");
    }
  }

  /** Reminds the reviewers (the assignee, or the whole group) of an overdue review. */
  public void reviewOverdue(String requestKey, ReviewStage stage, String taskId,
      Instant openSince, String assignee) {
    mail.reviewOverdue(load(requestKey), stage, taskId, openSince, assignee);
    log.info("Request {}: {} overdue, reminder sent", requestKey, stage);
  }

  /** Escalates an overdue review to the PMO lead. */
  public void reviewEscalated(String requestKey, ReviewStage stage, String taskId,
      Instant openSince) {
    mail.reviewEscalated(load(requestKey), stage, taskId, openSince);
    log.warn("Request {}: {} escalated to the PMO lead", requestKey, stage);
  }

  /** The request an intake instance handles, from our table, never from a variable. */
  @Transactional(readOnly = true)
  public String keyOfProcess(String processInstanceId) {
    return requests.findByProcessInstanceId(processInstanceId).map(ProjectRequest::getKey)
        .orElseThrow(() -> new NotFoundException("This process holds no project request."));
  }

  @Transactional(readOnly = true)
  public ProjectRequest get(String requestKey) {
    return load(requestKey);
  }

  @Transactional(readOnly = true)
  public List<ReviewDecision> decisionsOf(String requestKey) {
    return decisions.findByRequestKeyOrderByDecidedAtAscIdAsc(requestKey);
  }

  // a value that could not be read is reported once, not again as missing
  private static List<FieldProblem> problemsOf(RequestForm form, List<FieldProblem> unreadable) {
    List<FieldProblem> problems = new ArrayList<>(unreadable);
    List<String> unreadableFields = unreadable.stream().map(FieldProblem::field).toList();
    RequestValidator.validate(form).stream()
        .filter(p -> !unreadableFields.contains(p.field()))
        .forEach(problems::add);
    return problems;
  }

  private ProjectRequest load(String requestKey) {
    return requests.findByKey(requestKey)
        .orElseThrow(() -> new NotFoundException("There is no request " + requestKey + "."));
  }
}
