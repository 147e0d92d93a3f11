package org.pmoengine.workspace;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.pmoengine.intake.IntakeProperties;
import org.pmoengine.intake.ReviewStage;
import org.pmoengine.lifecycle.LifecycleProperties;
import org.pmoengine.security.EngineCalls;
import org.springframework.stereotype.Component;

/**
 * The open review tasks the portfolio reports on: gate reviews waiting for the board, and reviews
 * and status reports past their deadline. A task is overdue past its due date, or, without one,
 * once the reminder timer of its process would have fired (the configured working days after it
 * was created). The portfolio sees every task, whoever it is offered to.
 */
@Component
class PortfolioTasks {

  static final String GATE_REVIEW = "gate-review";
  static final String GATE_BOARD_REVIEW = "gate-board-review";
  static final String STATUS_REPORT = "status-report";

  static final String[] INTAKE_REVIEWS = {ReviewStage.PMO_TRIAGE.taskId(),
      ReviewStage.PORTFOLIO_BOARD.taskId()};
  static final String[] LIFECYCLE_REVIEWS = {GATE_REVIEW, GATE_BOARD_REVIEW, STATUS_REPORT};

  /** One open task: which process it belongs to, the record key when the process has one. */
  record ReviewTask(String id, String name, String definitionKey, String processInstanceId,
      String businessKey, Date created, Date due) {

    boolean isIntakeReview() {
      return definitionKey.equals(INTAKE_REVIEWS[0]) || definitionKey.equals(INTAKE_REVIEWS[1]);
    }

    boolean isGateReview() {
      return definitionKey.equals(GATE_REVIEW) || definitionKey.equals(GATE_BOARD_REVIEW);
    }
  }

  /** How many reviews are overdue, and the longest-waiting of them. */
  record Overdue(long count, List<ReviewTask> oldest) {}

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final EngineCalls engine;
  private final IntakeProperties intake;
  private final LifecycleProperties lifecycle;

  PortfolioTasks(TaskService tasks, RuntimeService runtime, EngineCalls engine,
      IntakeProperties intake, LifecycleProperties lifecycle) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.engine = engine;
    this.intake = intake;
    this.lifecycle = lifecycle;
  }

  /** The gate reviews open now, one per project (a board vote has a task per member). */
  List<ReviewTask> openGateReviews() {
    return engine.withoutAuthorization(() -> {
      List<Task> open = tasks.createTaskQuery().active()
          .taskDefinitionKeyIn(GATE_REVIEW, GATE_BOARD_REVIEW)
          .orderByTaskCreateTime().asc().list();
      Map<String, Task> perProcess = new HashMap<>();
      for (Task task : open) {
        perProcess.putIfAbsent(task.getProcessInstanceId(), task);
      }
      return withBusinessKeys(new ArrayList<>(perProcess.values()));
    });
  }

  /** Intake reviews, gate reviews and status reports overdue at {@code now}. */
  Overdue overdue(Instant now, int limit) {
    return engine.withoutAuthorization(() -> {
      Date at = Date.from(now);
      long count = 0;
      List<Task> found = new ArrayList<>();
      for (boolean intakeReviews : new boolean[] {true, false}) {
        String[] keys = intakeReviews ? INTAKE_REVIEWS : LIFECYCLE_REVIEWS;
        int days = intakeReviews ? intake.reminderAfterWorkingDays()
            : lifecycle.reminderWorkingDays();
        Date reminded = Date.from(workingDaysBefore(now, days));
        count += pastDue(keys, at).count() + unremindedSince(keys, reminded).count();
        found.addAll(pastDue(keys, at).orderByTaskCreateTime().asc().listPage(0, limit));
        found.addAll(unremindedSince(keys, reminded).orderByTaskCreateTime().asc()
            .listPage(0, limit));
      }
      found.sort((a, b) -> a.getCreateTime().compareTo(b.getCreateTime()));
      return new Overdue(count, withBusinessKeys(found.stream().limit(limit).toList()));
    });
  }

  private TaskQuery pastDue(String[] keys, Date now) {
    return tasks.createTaskQuery().active().taskDefinitionKeyIn(keys).dueBefore(now);
  }

  private TaskQuery unremindedSince(String[] keys, Date reminded) {
    return tasks.createTaskQuery().active().taskDefinitionKeyIn(keys).withoutDueDate()
        .taskCreatedBefore(reminded);
  }

  /** The instant {@code days} working days (Monday to Friday) before {@code now}. */
  static Instant workingDaysBefore(Instant now, int days) {
    ZonedDateTime at = now.atZone(ZoneId.systemDefault());
    int counted = 0;
    while (counted < days) {
      at = at.minusDays(1);
      if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return at.toInstant();
  }

  private List<ReviewTask> withBusinessKeys(List<Task> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Set<String> instanceIds = new HashSet<>();
    found.forEach(t -> instanceIds.add(t.getProcessInstanceId()));
    Map<String, String> businessKeys = new HashMap<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery()
        .processInstanceIds(instanceIds).list()) {
      if (instance.getBusinessKey() != null) {
        businessKeys.put(instance.getId(), instance.getBusinessKey());
      }
    }
    return found.stream().map(t -> new ReviewTask(t.getId(), t.getName(),
        t.getTaskDefinitionKey(), t.getProcessInstanceId(),
        businessKeys.get(t.getProcessInstanceId()), t.getCreateTime(), t.getDueDate())).toList();
  }
}
