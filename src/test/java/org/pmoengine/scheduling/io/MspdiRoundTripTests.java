package org.pmoengine.scheduling.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Schedule;

class MspdiRoundTripTests {

  private final Plan plan = SamplePlans.office();
  private final Schedule schedule = CriticalPathMethod.schedule(plan);

  private ImportResult roundTrip() {
    byte[] xml = new MspdiExporter().write("Office move", plan, schedule, null);
    return new PlanImporter().read(new ByteArrayInputStream(xml));
  }

  @Test
  void writesMsProjectXml() {
    String xml = new String(new MspdiExporter().write("Office move", plan, schedule, schedule),
        StandardCharsets.UTF_8);

    assertThat(xml).contains("<Project xmlns=\"http://schemas.microsoft.com/project\"")
        .contains("<Name>Build</Name>")
        .contains("<PredecessorLink>")
        .contains("<Assignment>")
        .contains("<Baseline>");
  }

  @Test
  void keepsActivitiesWithTheirDurationsProgressAndConstraints() {
    ImportResult result = roundTrip();

    assertThat(result.skipped()).isEmpty();
    assertThat(result.projectName()).isEqualTo("Office move");
    Map<String, Activity> imported = byId(result.plan());
    assertThat(imported.keySet()).containsExactlyElementsOf(
        plan.activities().stream().map(Activity::id).toList());
    for (Activity original : plan.activities()) {
      Activity copy = imported.get(original.id());
      assertThat(copy.name()).isEqualTo(original.name());
      assertThat(copy.durationDays()).as(original.id()).isEqualTo(original.durationDays());
      assertThat(copy.remainingWorkDays()).as(original.id()).isEqualTo(original.remainingWorkDays());
      assertThat(copy.actualStart()).as(original.id()).isEqualTo(original.actualStart());
      assertThat(copy.actualFinish()).as(original.id()).isEqualTo(original.actualFinish());
      assertThat(copy.percentComplete()).as(original.id()).isEqualTo(original.percentComplete());
      assertThat(copy.startNoEarlierThan()).as(original.id()).isEqualTo(original.startNoEarlierThan());
      assertThat(copy.demands()).as(original.id()).isEqualTo(original.demands());
    }
  }

  @Test
  void keepsDependenciesWithTypesAndLags() {
    assertThat(roundTrip().plan().dependencies()).containsExactlyInAnyOrderElementsOf(plan.dependencies());
  }

  @Test
  void keepsResourcesAndCalendar() {
    Plan imported = roundTrip().plan();

    assertThat(imported.resources()).containsExactlyInAnyOrderElementsOf(plan.resources());
    assertThat(imported.calendar().workingDays()).isEqualTo(plan.calendar().workingDays());
    assertThat(imported.calendar().holidays()).isEqualTo(plan.calendar().holidays());
    assertThat(imported.projectStart()).isEqualTo(plan.projectStart());
    assertThat(imported.statusDate()).isEqualTo(plan.statusDate());
  }

  @Test
  void importedPlanSchedulesToTheSameDates() {
    Schedule again = CriticalPathMethod.schedule(roundTrip().plan());

    assertThat(again.finishDate()).isEqualTo(schedule.finishDate());
    for (var a : schedule.activities()) {
      assertThat(again.activity(a.id()).startDate()).as(a.id()).isEqualTo(a.startDate());
      assertThat(again.activity(a.id()).finishDate()).as(a.id()).isEqualTo(a.finishDate());
    }
  }

  @Test
  void pinsActivitiesThatLevellingDelayed() {
    // pretend levelling moved "wiring" five working days later than its link allows
    Schedule levelled = new Schedule(schedule.projectStart(), schedule.statusDate(),
        schedule.finishOffset(), schedule.finishDate(), schedule.activities().stream()
            .map(a -> !a.id().equals("wiring") ? a : new org.pmoengine.scheduling.ScheduledActivity(
                a.id(), a.name(), a.earlyStart() + 5, a.earlyFinish() + 5, a.lateStart(), a.lateFinish(),
                plan.calendar().dateAt(plan.projectStart(), a.earlyStart() + 5),
                plan.calendar().dateAt(plan.projectStart(), a.earlyFinish() + 4),
                a.lateStartDate(), a.lateFinishDate(), a.totalFloat(), a.freeFloat(), a.critical()))
            .toList(), schedule.criticalPaths());
    byte[] xml = new MspdiExporter().write("Office move", plan, levelled, null);

    Activity wiring = byId(new PlanImporter().read(new ByteArrayInputStream(xml)).plan()).get("wiring");

    assertThat(wiring.startNoEarlierThan()).isEqualTo(levelled.activity("wiring").startDate());
    assertThat(byId(new PlanImporter().read(new ByteArrayInputStream(xml)).plan()).get("build")
        .startNoEarlierThan()).isNull();
  }

  private static Map<String, Activity> byId(Plan plan) {
    return plan.activities().stream().collect(Collectors.toMap(Activity::id, Function.identity(),
        (a, b) -> a, java.util.LinkedHashMap::new));
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
