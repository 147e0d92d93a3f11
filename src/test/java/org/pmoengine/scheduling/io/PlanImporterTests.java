package org.pmoengine.scheduling.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.writer.FileFormat;
import org.mpxj.writer.UniversalProjectWriter;
import org.pmoengine.project.Project;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Resource;

class PlanImporterTests {

  private final Plan plan = SamplePlans.office();

  private static byte[] write(ProjectFile file, FileFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new UniversalProjectWriter(format).write(file, out);
    return out.toByteArray();
  }

  private static ImportResult read(byte[] bytes) {
    return new PlanImporter().read(new ByteArrayInputStream(bytes));
  }

  private ProjectFile officeFile() {
    return new MspdiExporter().toProjectFile("Office move", plan, CriticalPathMethod.schedule(plan), null);
  }

  /** Every format MPXJ writes and reads back. JSON is written only, see below. */
  @ParameterizedTest
  @EnumSource(value = FileFormat.class, names = {"MSPDI", "MPX", "PMXML", "XER", "PLANNER", "SDEF"})
  void importsFilesWrittenByMpxj(FileFormat format) throws IOException {
    ImportResult result = read(write(officeFile(), format));

    Plan imported = result.plan();
    assertThat(imported.activities()).extracting(Activity::name)
        .containsExactlyInAnyOrderElementsOf(plan.activities().stream().map(Activity::name).toList());
    assertThat(imported.activities()).extracting(Activity::durationDays)
        .containsExactlyInAnyOrderElementsOf(plan.activities().stream().map(Activity::durationDays).toList());
    assertThat(imported.dependencies()).hasSize(plan.dependencies().size());
    assertThat(CriticalPathMethod.schedule(imported).activities()).hasSize(plan.activities().size());
    if (format == FileFormat.PLANNER) {
      // Planner keeps lags as elapsed hours, which cannot map back to working days exactly
      assertThat(result.skipped()).isNotEmpty().allSatisfy(message -> assertThat(message).contains("elapsed time"));
    } else {
      assertThat(result.skipped()).isEmpty();
      assertThat(CriticalPathMethod.schedule(imported).finishDate())
          .isEqualTo(CriticalPathMethod.schedule(plan).finishDate());
    }
  }

  @Test
  void refusesAFileThatIsNoSchedule() {
    assertThatThrownBy(() -> read("just some text\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PlanImportException.class)
        .hasMessageContaining("not a schedule we can read");
  }

  @Test
  void refusesXmlWithADoctypeSoNoExternalEntityIsRead() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
        + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&secret;</Name></Project>";

    assertThatThrownBy(() -> read(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PlanImportException.class)
        .hasMessageNotContaining("root:");
  }

  @Test
  void refusesMpxjJsonWhichIsAnExportFormatOnly() throws IOException {
    byte[] json = write(officeFile(), FileFormat.JSON);

    assertThatThrownBy(() -> read(json)).isInstanceOf(PlanImportException.class);
  }

  @Test
  void namesEverythingItSkips() throws IOException {
    ProjectFile file = officeFile();
    Task phase = file.addTask();
    phase.setName("Fit-out phase");
    Task paint = phase.addTask();
    paint.setName("Paint walls");
    paint.setDuration(Duration.getInstance(3, TimeUnit.DAYS));
    Task carpet = phase.addTask();
    carpet.setName("Lay carpet");
    carpet.setDuration(Duration.getInstance(2.5, TimeUnit.DAYS));
    carpet.setConstraintType(ConstraintType.MUST_START_ON);
    carpet.setConstraintDate(LocalDateTime.of(2026, 5, 4, 8, 0));
    carpet.setDeadline(LocalDateTime.of(2026, 5, 29, 17, 0));
    carpet.addPredecessor(new Relation.Builder().predecessorTask(phase));
    org.mpxj.Resource paintStock = file.addResource();
    paintStock.setName("Paint");
    paintStock.setType(ResourceType.MATERIAL);
    paint.addResourceAssignment(paintStock);
    org.mpxj.Resource helper = file.addResource();
    helper.setName("Helper");
    helper.setType(ResourceType.WORK);
    paint.addResourceAssignment(helper).setUnits(50);
    var weekend = file.getDefaultCalendar().addCalendarException(LocalDate.of(2026, 3, 21));
    weekend.setName("Moving Saturday");
    weekend.add(org.mpxj.ProjectCalendarDays.DEFAULT_WORKING_MORNING);

    ImportResult result = read(write(file, FileFormat.MSPDI));

    assertThat(result.plan().activities()).extracting(Activity::name)
        .contains("Paint walls", "Lay carpet").doesNotContain("Fit-out phase");
    assertThat(String.join("\n", result.skipped()))
        .contains("Summary task", "'Fit-out phase'")
        .contains("'Lay carpet'", "must start on 2026-05-04", "not supported")
        .contains("deadline 2026-05-29")
        .contains("2.5", "rounded to 3")
        .contains("Resource 'Paint' is a material resource")
        .contains("'Helper' at 50 %", "rounded up to 1")
        .contains("'Moving Saturday' 2026-03-21", "changes working time")
        .contains("Dependency from", "'Fit-out phase'", "predecessor was not imported");
  }

  @Test
  void importsTheProgressAndResourcesOfTheFile() throws IOException {
    Plan imported = read(write(officeFile(), FileFormat.MSPDI)).plan();

    Activity permit = imported.activities().stream().filter(a -> a.id().equals("permit")).findFirst().orElseThrow();
    assertThat(permit.actualStart()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(permit.remainingWorkDays()).isEqualTo(6);
    assertThat(imported.resources()).extracting(r -> r.id() + ":" + r.capacityPerDay())
        .containsExactlyInAnyOrder("arch:1", "crew:3");
  }

  static List<String> names(Plan plan) {
    return plan.activities().stream().map(Activity::name).toList();
  }
}
