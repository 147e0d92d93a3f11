package org.pmoengine.scheduling.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.Availability;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceField;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.TimeUnit;
import org.mpxj.common.LocalDateTimeHelper;
import org.mpxj.mspdi.MSPDIWriter;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Resource;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.scheduling.ScheduledActivity;

/**
 * Writes a plan with its computed schedule as MS Project XML (MSPDI), which MS Project and
 * ProjectLibre open: tasks with their dates, links with type and lag, work resources with
 * their capacity, assignments, and the calendar with its holidays. Days run 08:00 to 17:00.
 *
 * <p>A task that levelling moved later than its links allow gets a start-no-earlier-than
 * constraint on its levelled start, so that a tool that recalculates on open keeps the
 * levelled dates. Our ids travel in the Text1 field (alias {@value PlanImporter#ID_FIELD_ALIAS}).
 */
public final class MspdiExporter {

  private static final LocalTime DAY_START = LocalTime.of(8, 0);
  private static final LocalTime DAY_END = LocalTime.of(17, 0);
  private static final int HOURS_PER_DAY = 8;

  /** The MSPDI document as bytes (UTF-8 XML). */
  public byte[] write(String projectName, Plan plan, Schedule schedule, Schedule baseline) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(projectName, plan, schedule, baseline, out);
    return out.toByteArray();
  }

  /**
   * Writes the plan. {@code schedule} must be computed from {@code plan}; {@code baseline} may
   * be null, else its dates become the tasks' baseline dates.
   */
  public void write(String projectName, Plan plan, Schedule schedule, Schedule baseline, OutputStream out) {
    ProjectFile file = toProjectFile(projectName, plan, schedule, baseline);
    try {
      new MSPDIWriter().write(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ProjectFile toProjectFile(String projectName, Plan plan, Schedule schedule, Schedule baseline) {
    ProjectFile file = new ProjectFile();
    ProjectProperties props = file.getProjectProperties();
    props.setName(projectName);
    props.setProjectTitle(projectName);
    props.setStartDate(plan.projectStart().atTime(DAY_START));
    if (plan.statusDate() != null) {
      props.setStatusDate(plan.statusDate().atTime(DAY_END));
    }
    props.setMinutesPerDay(HOURS_PER_DAY * 60);
    props.setMinutesPerWeek(HOURS_PER_DAY * 60 * plan.calendar().workingDays().size());
    file.getCustomFields().getOrCreate(TaskField.TEXT1).setAlias(PlanImporter.ID_FIELD_ALIAS);
    file.getCustomFields().getOrCreate(ResourceField.TEXT1).setAlias(PlanImporter.ID_FIELD_ALIAS);
    calendar(file, plan);

    Map<String, org.mpxj.Resource> resources = new HashMap<>();
    int n = 1;
    for (Resource r : plan.resources()) {
      org.mpxj.Resource resource = file.addResource();
      resource.setUniqueID(n);
      resource.setID(n++);
      resource.setName(r.name() == null ? r.id() : r.name());
      resource.setType(ResourceType.WORK);
      resource.setText(1, r.id());
      resource.getAvailability().add(new Availability(LocalDateTimeHelper.START_DATE_NA,
          LocalDateTimeHelper.END_DATE_NA, r.capacityPerDay() * 100.0));
      resources.put(r.id(), resource);
    }

    Map<String, ScheduledActivity> scheduled = schedule.byId();
    Map<String, ScheduledActivity> baselined = baseline == null ? Map.of() : baseline.byId();
    Map<String, Integer> pinned = LevelledStarts.pinned(plan, scheduled);
    Map<String, Task> tasks = new HashMap<>();
    n = 1;
    for (Activity a : plan.activities()) {
      ScheduledActivity s = scheduled.get(a.id());
      Task task = file.addTask();
      task.setUniqueID(n);
      task.setID(n++);
      task.setName(a.name() == null ? a.id() : a.name());
      task.setText(1, a.id());
      task.setDuration(Duration.getInstance(a.durationDays(), TimeUnit.DAYS));
      task.setMilestone(a.milestone());
      task.setPercentageComplete(a.percentComplete());
      if (a.actualStart() != null) {
        task.setActualStart(a.actualStart().atTime(DAY_START));
      }
      if (a.actualFinish() != null) {
        task.setActualFinish(a.actualFinish().atTime(DAY_END));
      }
      task.setRemainingDuration(Duration.getInstance(a.remainingWorkDays(), TimeUnit.DAYS));
      if (s != null) {
        dates(task, a, s);
      }
      LocalDate constraint = a.startNoEarlierThan();
      if (pinned.containsKey(a.id()) && s != null
          && (constraint == null || constraint.isBefore(s.startDate()))) {
        constraint = s.startDate();
      }
      if (constraint != null) {
        task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
        task.setConstraintDate(constraint.atTime(DAY_START));
      }
      ScheduledActivity b = baselined.get(a.id());
      if (b != null) {
        task.setBaselineStart(b.startDate().atTime(DAY_START));
        task.setBaselineFinish(b.finishDate().atTime(a.milestone() ? DAY_START : DAY_END));
        task.setBaselineDuration(Duration.getInstance(b.durationDays(), TimeUnit.DAYS));
      }
      assignments(task, a, s, resources);
      tasks.put(a.id(), task);
    }
    for (Dependency d : plan.dependencies()) {
      Task successor = tasks.get(d.successorId());
      Task predecessor = tasks.get(d.predecessorId());
      successor.addPredecessor(new Relation.Builder()
          .predecessorTask(predecessor)
          .type(switch (d.type()) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
          })
          .lag(Duration.getInstance(d.lagDays(), TimeUnit.DAYS)));
    }
    return file;
  }

  private static void dates(Task task, Activity a, ScheduledActivity s) {
    task.setStart(s.startDate().atTime(DAY_START));
    task.setFinish(a.milestone() ? s.startDate().atTime(DAY_START) : s.finishDate().atTime(DAY_END));
    task.setEarlyStart(s.startDate().atTime(DAY_START));
    if (s.lateStartDate() != null) {
      task.setLateStart(s.lateStartDate().atTime(DAY_START));
    }
    task.setCritical(s.critical());
    task.setTotalSlack(Duration.getInstance(s.totalFloat(), TimeUnit.DAYS));
    task.setFreeSlack(Duration.getInstance(s.freeFloat(), TimeUnit.DAYS));
  }

  private static void assignments(Task task, Activity a, ScheduledActivity s,
      Map<String, org.mpxj.Resource> resources) {
    double totalHours = 0;
    for (Map.Entry<String, Integer> demand : a.demands().entrySet()) {
      org.mpxj.Resource resource = resources.get(demand.getKey());
      ResourceAssignment assignment = task.addResourceAssignment(resource);
      int units = demand.getValue();
      double hours = (double) a.durationDays() * units * HOURS_PER_DAY;
      assignment.setUnits(units * 100.0);
      assignment.setWork(Duration.getInstance(hours, TimeUnit.HOURS));
      assignment.setRemainingWork(Duration.getInstance(
          (double) a.remainingWorkDays() * units * HOURS_PER_DAY, TimeUnit.HOURS));
      if (s != null) {
        assignment.setStart(s.startDate().atTime(DAY_START));
        assignment.setFinish(s.finishDate().atTime(DAY_END));
      }
      totalHours += hours;
    }
    if (totalHours > 0) {
      task.setWork(Duration.getInstance(totalHours, TimeUnit.HOURS));
    }
  }

  private static void calendar(ProjectFile file, Plan plan) {
    ProjectCalendar calendar = file.addDefaultBaseCalendar();
    for (DayOfWeek day : DayOfWeek.values()) {
      boolean working = plan.calendar().workingDays().contains(day);
      calendar.setWorkingDay(day, working);
      calendar.removeCalendarHours(day);
      ProjectCalendarHours hours = calendar.addCalendarHours(day);
      if (working) {
        hours.add(ProjectCalendarDays.DEFAULT_WORKING_MORNING);
        hours.add(ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON);
      }
    }
    List<LocalDate> holidays = plan.calendar().holidays().stream().sorted().toList();
    for (LocalDate holiday : holidays) {
      calendar.addCalendarException(holiday).setName("Holiday");
    }
    file.setDefaultCalendar(calendar);
  }
}
