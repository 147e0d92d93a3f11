package org.pmoengine.scheduling.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.mpxj.ConstraintType;
import org.mpxj.MPXJException;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mpp.MPPReader;
import org.mpxj.reader.UniversalProjectReader;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.DependencyType;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Resource;
import org.pmoengine.scheduling.WorkCalendar;

/**
 * Reads MS Project (MPP, MSPDI XML), MPX, Primavera XER and the other formats MPXJ knows into
 * a {@link Plan}. The plan model is smaller than these files: whatever does not fit (summary
 * tasks, constraints other than start-no-earlier-than, working-time exceptions, material and
 * cost resources, fractional units and durations...) is named in {@link ImportResult#skipped()}.
 * Archives and databases are refused unopened ({@link FileSignature}).
 *
 * <p>Activity ids are taken from the text field aliased {@value #ID_FIELD_ALIAS} when present
 * (written by {@link MspdiExporter}), else the Primavera activity id, else the unique id.
 */
public final class PlanImporter {

  /** The alias of the Text1 field that carries our ids through MS Project files. */
  public static final String ID_FIELD_ALIAS = "PMO id";

  private static final int MAX_HOLIDAY_SPAN_DAYS = 3660;
  private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|jakarta|org|com|net|sun)\\.[a-z]");

  /**
   * Reads the first project of a file. Archives and databases are refused before MPXJ sees
   * them, so MPXJ unpacks nothing and leaves no temporary file behind.
   */
  public ImportResult read(InputStream in) {
    BufferedInputStream file = new BufferedInputStream(in);
    List<ProjectFile> files = readAll(file);
    if (files == null || files.isEmpty()) {
      throw new PlanImportException("The file is not a schedule we can read "
          + "(MS Project MPP or MSPDI XML, MPX, Primavera XER or PMXML, Planner).");
    }
    Conversion conversion = new Conversion(files.get(0));
    if (files.size() > 1) {
      conversion.skip("The file holds " + files.size() + " projects; only the first, '"
          + nameOf(files.get(0)) + "', was imported.");
    }
    return conversion.run();
  }

  private static List<ProjectFile> readAll(BufferedInputStream file) {
    FileSignature signature;
    try {
      signature = FileSignature.peek(file);
    } catch (IOException e) {
      throw new PlanImportException("The file could not be read" + detail(e) + ".", e);
    }
    signature.refusal().ifPresent(reason -> {
      throw new PlanImportException(reason);
    });
    try {
      if (signature.compoundDocument()) {
        // the universal reader would copy it to a temporary file first; the upload is small
        // enough (spring.servlet.multipart) to be read in memory
        return List.of(new MPPReader().read(file));
      }
      return new UniversalProjectReader().readAll(file);
    } catch (MPXJException | RuntimeException e) {
      throw new PlanImportException("The file could not be read as a schedule" + detail(e) + ".", e);
    }
  }

  /** The innermost message, unless it names Java classes, which mean nothing to the reader. */
  private static String detail(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    boolean technical = message == null || message.isBlank()
        || CLASS_NAME.matcher(message).find() || message.contains("Exception");
    return technical ? "" : ": " + message.strip().replaceAll("\\.$", "");
  }

  private static String nameOf(ProjectFile file) {
    ProjectProperties p = file.getProjectProperties();
    if (p.getProjectTitle() != null && !p.getProjectTitle().isBlank()) {
      return p.getProjectTitle();
    }
    return p.getName();
  }

  /** One file's conversion, collecting what was skipped. */
  private static final class Conversion {
    private final ProjectFile file;
    private final ProjectProperties props;
    private final List<String> skipped = new ArrayList<>();
    private final Map<Task, String> activityIds = new IdentityHashMap<>();
    private final Map<org.mpxj.Resource, String> resourceIds = new IdentityHashMap<>();
    /** Working days per calendar day, to turn elapsed time into working days. */
    private double workingShare = 5.0 / 7.0;

    Conversion(ProjectFile file) {
      this.file = file;
      this.props = file.getProjectProperties();
    }

    void skip(String message) {
      skipped.add(message);
    }

    ImportResult run() {
      ProjectCalendar projectCalendar = file.getDefaultCalendar();
      WorkCalendar calendar = calendar(projectCalendar);
      List<Resource> resources = resources(projectCalendar);
      List<Task> tasks = tasks();
      List<Activity> activities = new ArrayList<>();
      for (Task task : tasks) {
        activities.add(activity(task, projectCalendar));
      }
      List<Dependency> dependencies = new ArrayList<>();
      for (Task task : tasks) {
        dependencies.addAll(dependencies(task));
      }
      Plan plan = new Plan(projectStart(tasks), date(props.getStatusDate()), calendar,
          activities, dependencies, resources);
      return new ImportResult(plan, nameOf(file), skipped);
    }

    private WorkCalendar calendar(ProjectCalendar calendar) {
      if (calendar == null) {
        skip("The file has no project calendar; Monday to Friday without holidays is used.");
        return WorkCalendar.mondayToFriday();
      }
      Set<DayOfWeek> workingDays = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek day : DayOfWeek.values()) {
        if (calendar.isWorkingDay(day)) {
          workingDays.add(day);
        }
      }
      if (workingDays.isEmpty()) {
        skip("Calendar '" + calendar.getName() + "' has no working weekday; Monday to Friday is used.");
        workingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
      }
      workingShare = workingDays.size() / 7.0;
      Set<LocalDate> holidays = new TreeSet<>();
      for (ProjectCalendarException exception : calendar.getExpandedCalendarExceptions()) {
        LocalDate from = exception.getFromDate();
        LocalDate to = exception.getToDate() == null ? from : exception.getToDate();
        if (from == null) {
          continue;
        }
        String what = "Calendar '" + calendar.getName() + "': exception"
            + (exception.getName() == null ? "" : " '" + exception.getName() + "'")
            + " " + from + (to.equals(from) ? "" : " to " + to);
        if (exception.getWorking()) {
          skip(what + " changes working time; the plan's calendar has only working weekdays "
              + "and holidays, so it was left out.");
          continue;
        }
        if (from.plusDays(MAX_HOLIDAY_SPAN_DAYS).isBefore(to)) {
          skip(what + " spans more than ten years and was left out.");
          continue;
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
          if (workingDays.contains(d.getDayOfWeek())) {
            holidays.add(d);
          }
        }
      }
      return new WorkCalendar(workingDays, holidays);
    }

    private List<Resource> resources(ProjectCalendar projectCalendar) {
      List<Resource> resources = new ArrayList<>();
      Set<String> used = new HashSet<>();
      for (org.mpxj.Resource r : file.getResources()) {
        if (r == null || (r.getUniqueID() != null && r.getUniqueID() == 0 && blank(r.getName()))) {
          continue; // the unnamed placeholder MS Project keeps as resource 0
        }
        String name = blank(r.getName()) ? "Resource " + r.getUniqueID() : r.getName();
        if (r.getType() == ResourceType.MATERIAL || r.getType() == ResourceType.COST) {
          skip("Resource '" + name + "' is a " + r.getType().toString().toLowerCase()
              + " resource; only work resources are scheduled, so it and its assignments were left out.");
          continue;
        }
        String text1 = carriesOurIds(org.mpxj.ResourceField.TEXT1) ? r.getText(1) : null;
        String id = uniqueId(firstNonBlank(text1, String.valueOf(r.getUniqueID())),
            "R" + r.getUniqueID(), used);
        double maxUnits = r.getMaxUnits() == null ? 100 : r.getMaxUnits().doubleValue();
        int capacity = (int) Math.ceil(maxUnits / 100.0 - 1e-9);
        if (capacity < 1) {
          skip("Resource '" + name + "' has maximum units " + percent(maxUnits)
              + "; a capacity of 1 per day is used.");
          capacity = 1;
        } else if (Math.abs(capacity * 100.0 - maxUnits) > 1e-6) {
          skip("Resource '" + name + "' has maximum units " + percent(maxUnits)
              + "; rounded up to a capacity of " + capacity + " per day.");
        }
        ProjectCalendar own = r.getCalendar();
        if (own != null && own != projectCalendar && !own.getCalendarExceptions().isEmpty()) {
          skip("Resource '" + name + "' has its own calendar '" + own.getName()
              + "' with exceptions; resources work on the project calendar.");
        }
        resourceIds.put(r, id);
        resources.add(new Resource(id, name, capacity));
      }
      return resources;
    }

    private boolean carriesOurIds(org.mpxj.FieldType field) {
      org.mpxj.CustomField custom = file.getCustomFields().get(field);
      return custom != null && ID_FIELD_ALIAS.equals(custom.getAlias());
    }

    private List<Task> tasks() {
      List<Task> tasks = new ArrayList<>();
      Set<String> used = new HashSet<>();
      for (Task task : file.getTasks()) {
        if (task == null || task.getNull()) {
          continue; // blank rows carry nothing
        }
        if (task.getUniqueID() != null && task.getUniqueID() == 0 && task.getSummary()) {
          continue; // the project summary task, derived from all others
        }
        String label = label(task);
        if (task.getSummary() || !task.getChildTasks().isEmpty()) {
          skip("Summary task " + label + " was left out: the plan has no summary level "
              + "(its sub-tasks were imported).");
          continue;
        }
        if (task.getExternalTask()) {
          skip("External task " + label + " (from another project) was left out.");
          continue;
        }
        if (!task.getActive()) {
          skip("Inactive task " + label + " was left out.");
          continue;
        }
        String text1 = carriesOurIds(org.mpxj.TaskField.TEXT1) ? task.getText(1) : null;
        String id = uniqueId(firstNonBlank(text1, task.getActivityID(), String.valueOf(task.getUniqueID())),
            "T" + task.getUniqueID(), used);
        activityIds.put(task, id);
        tasks.add(task);
      }
      return tasks;
    }

    private Activity activity(Task task, ProjectCalendar projectCalendar) {
      String id = activityIds.get(task);
      String label = label(task);
      String name = blank(task.getName()) ? id : task.getName();
      int duration = days(duration(task, label), "Activity " + label + ": duration", true);
      if (task.getMilestone() && duration > 0) {
        skip("Activity " + label + " is marked as a milestone but lasts " + duration
            + " working days; it was imported as an activity of that duration.");
      }
      LocalDate actualStart = date(task.getActualStart());
      LocalDate actualFinish = date(task.getActualFinish());
      double percent = task.getPercentageComplete() == null ? 0 : task.getPercentageComplete().doubleValue();
      Integer remaining = null;
      if (actualStart != null && actualFinish == null && task.getRemainingDuration() != null) {
        remaining = days(task.getRemainingDuration(), "Activity " + label + ": remaining duration", true);
      }
      LocalDate startNoEarlierThan = constraint(task, label);
      if (task.getDeadline() != null) {
        skip("Activity " + label + ": deadline " + date(task.getDeadline())
            + " is not part of the plan model and was left out.");
      }
      if (task.getCalendar() != null && task.getCalendar() != projectCalendar) {
        skip("Activity " + label + " uses calendar '" + task.getCalendar().getName()
            + "'; the project calendar is used instead.");
      }
      Map<String, Integer> demands = new LinkedHashMap<>();
      for (ResourceAssignment assignment : task.getResourceAssignments()) {
        demand(assignment, label, demands);
      }
      return new Activity(id, name, duration, remaining, actualStart, actualFinish, percent,
          startNoEarlierThan, demands);
    }

    /**
     * The planned duration. Primavera files may give an activity in progress only its actual
     * and remaining durations, so the planned duration is looked for in that order.
     */
    private org.mpxj.Duration duration(Task task, String label) {
      if (task.getDuration() != null) {
        return task.getDuration();
      }
      if (task.getPlannedDuration() != null) {
        return task.getPlannedDuration();
      }
      if (task.getActualDuration() != null || task.getRemainingDuration() != null) {
        org.mpxj.Duration actual = task.getActualDuration() != null ? task.getActualDuration()
            : org.mpxj.Duration.getInstance(0, TimeUnit.DAYS);
        org.mpxj.Duration remaining = task.getRemainingDuration() != null ? task.getRemainingDuration()
            : org.mpxj.Duration.getInstance(0, TimeUnit.DAYS);
        return org.mpxj.Duration.add(actual, remaining, props);
      }
      if (!task.getMilestone()) {
        skip("Activity " + label + " has no duration in the file; it was imported as a milestone.");
      }
      return null;
    }

    private LocalDate constraint(Task task, String label) {
      ConstraintType type = task.getConstraintType();
      if (type == null || type == ConstraintType.AS_SOON_AS_POSSIBLE) {
        return null;
      }
      LocalDate date = date(task.getConstraintDate());
      if (type == ConstraintType.START_NO_EARLIER_THAN && date != null) {
        return date;
      }
      skip("Activity " + label + ": constraint " + words(type) + (date == null ? "" : " " + date)
          + " is not supported (only start no earlier than) and was left out.");
      return null;
    }

    private void demand(ResourceAssignment assignment, String label, Map<String, Integer> demands) {
      org.mpxj.Resource resource = assignment.getResource();
      if (resource == null) {
        return; // MS Project's placeholder assignment of nobody
      }
      String resourceId = resourceIds.get(resource);
      String resourceName = blank(resource.getName()) ? "Resource " + resource.getUniqueID() : resource.getName();
      if (resourceId == null) {
        skip("Activity " + label + ": assignment of '" + resourceName
            + "' was left out because the resource was not imported.");
        return;
      }
      double units = assignment.getUnits() == null ? 100 : assignment.getUnits().doubleValue();
      int perDay = (int) Math.ceil(units / 100.0 - 1e-9);
      if (perDay < 1) {
        skip("Activity " + label + ": assignment of '" + resourceName + "' at " + percent(units)
            + " has no units and was left out.");
        return;
      }
      if (Math.abs(perDay * 100.0 - units) > 1e-6) {
        skip("Activity " + label + ": assignment of '" + resourceName + "' at " + percent(units)
            + " rounded up to " + perDay + " unit(s) per day.");
      }
      demands.merge(resourceId, perDay, Integer::sum);
    }

    private List<Dependency> dependencies(Task task) {
      List<Dependency> dependencies = new ArrayList<>();
      String successor = activityIds.get(task);
      for (Relation relation : task.getPredecessors()) {
        Task predecessorTask = relation.getPredecessorTask();
        String predecessor = predecessorTask == null ? null : activityIds.get(predecessorTask);
        if (predecessor == null) {
          skip("Dependency from " + (predecessorTask == null ? "an unknown task" : label(predecessorTask))
              + " to " + label(task) + " was left out: its predecessor was not imported.");
          continue;
        }
        DependencyType type = switch (relation.getType() == null ? org.mpxj.RelationType.FINISH_START : relation.getType()) {
          case START_START -> DependencyType.SS;
          case FINISH_FINISH -> DependencyType.FF;
          case START_FINISH -> DependencyType.SF;
          default -> DependencyType.FS;
        };
        int lag = lag(relation, predecessorTask, label(predecessorTask) + " to " + label(task));
        dependencies.add(new Dependency(predecessor, successor, type, lag));
      }
      return dependencies;
    }

    private int lag(Relation relation, Task predecessor, String link) {
      org.mpxj.Duration lag = relation.getLag();
      if (lag == null || lag.getDuration() == 0) {
        return 0;
      }
      if (lag.getUnits() == TimeUnit.PERCENT || lag.getUnits() == TimeUnit.ELAPSED_PERCENT) {
        double predecessorDays = predecessor.getDuration() == null ? 0
            : predecessor.getDuration().convertUnits(TimeUnit.DAYS, props).getDuration();
        double days = predecessorDays * lag.getDuration() / 100.0;
        int rounded = (int) Math.round(days);
        skip("Dependency " + link + ": lag of " + lag + " of the predecessor's duration was "
            + "converted to " + rounded + " working days.");
        return rounded;
      }
      return days(lag, "Dependency " + link + ": lag", false);
    }

    /** Working days of a duration, reporting elapsed units and rounding. */
    private int days(org.mpxj.Duration duration, String what, boolean roundUp) {
      if (duration == null) {
        return 0;
      }
      String units = duration.getUnits().toString();
      boolean elapsed = duration.getUnits().name().startsWith("ELAPSED");
      double days = elapsed
          ? duration.convertUnits(TimeUnit.ELAPSED_DAYS, props).getDuration() * workingShare
          : duration.convertUnits(TimeUnit.DAYS, props).getDuration();
      int whole = (int) (roundUp ? Math.ceil(days - 1e-6) : Math.round(days));
      if (elapsed) {
        skip(what + " of " + duration.getDuration() + units + " is elapsed time; it was taken as " + whole
            + " working days.");
      } else if (Math.abs(days - Math.rint(days)) > 1e-6) {
        skip(what + " of " + duration + " is not a whole number of working days; it was rounded to "
            + whole + ".");
      }
      return whole;
    }

    private LocalDate projectStart(List<Task> tasks) {
      LocalDate start = date(props.getStartDate());
      if (start != null) {
        return start;
      }
      LocalDate earliest = tasks.stream().map(t -> date(t.getStart())).filter(d -> d != null)
          .min(LocalDate::compareTo).orElse(null);
      if (earliest == null) {
        earliest = LocalDate.now();
        skip("The file gives no project start date; today (" + earliest + ") is used.");
      }
      return earliest;
    }
  }

  private static String label(Task task) {
    String name = blank(task.getName()) ? "" : " '" + task.getName() + "'";
    String id = !blank(task.getActivityID()) ? task.getActivityID() : String.valueOf(task.getUniqueID());
    return id + name;
  }

  private static String uniqueId(String wanted, String fallback, Set<String> used) {
    String id = used.contains(wanted) ? fallback : wanted;
    while (used.contains(id)) {
      id = id + "'";
    }
    used.add(id);
    return id;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (!blank(v)) {
        return v.trim();
      }
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static LocalDate date(LocalDateTime dateTime) {
    return dateTime == null ? null : dateTime.toLocalDate();
  }

  private static String percent(double value) {
    return (Math.rint(value) == value ? String.valueOf((long) value) : String.valueOf(value)) + " %";
  }

  private static String words(ConstraintType type) {
    return type.name().toLowerCase().replace('_', ' ');
  }
}
