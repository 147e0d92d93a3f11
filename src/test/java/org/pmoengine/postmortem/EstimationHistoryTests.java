package org.pmoengine.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmoengine.lifecycle.TestProjects;
import org.pmoengine.project.ProjectRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The estimation history kept per finished project and read back per category. */
@SpringBootTest
class EstimationHistoryTests {

  @Autowired EstimationHistory history;
  @Autowired RecordedEstimateRepository rows;
  @Autowired ProjectRepository projects;
  @Autowired JdbcTemplate jdbc;

  @Test
  void recordingAProjectAgainLeavesItsRowsOnce() {
    String category = aCategoryOfItsOwn();
    String project = aFinishedProject();
    List<KindEstimate> estimates = List.of(new KindEstimate("design", 10, 12),
        new KindEstimate("build", 30, 45));

    history.record(project, category, estimates);
    history.record(project, category, estimates);

    assertThat(rows.findByProjectKeyOrderByKind(project))
        .extracting(RecordedEstimate::getKind, RecordedEstimate::getCategory,
            RecordedEstimate::getPlannedDays, RecordedEstimate::getActualDays)
        .containsExactly(tuple("build", category, 30, 45),
            tuple("design", category, 10, 12));
    assertThat(rows.findByProjectKeyOrderByKind(project))
        .allSatisfy(row -> assertThat(row.getRecordedAt()).isNotNull());
    assertThat(history.forCategory(category)).contains(
        new CategoryEstimation(category, 1, 40, 57));
  }

  @Test
  void recordingAProjectAgainReplacesWhatItRecordedBefore() {
    String category = aCategoryOfItsOwn();
    String project = aFinishedProject();
    history.record(project, category, List.of(new KindEstimate("design", 10, 12),
        new KindEstimate("build", 30, 45)));

    history.record(project, category, List.of(new KindEstimate("build", 30, 40)));

    assertThat(rows.findByProjectKeyOrderByKind(project)).extracting(RecordedEstimate::getKind)
        .containsExactly("build");
    assertThat(history.forCategory(category)).contains(new CategoryEstimation(category, 1, 30, 40));
  }

  @Test
  void addsUpEstimatesOfTheSameKindIntoOneRow() {
    String category = aCategoryOfItsOwn();
    String project = aFinishedProject();

    history.record(project, category, List.of(new KindEstimate("build", 20, 25),
        new KindEstimate("build", 10, 20)));

    assertThat(rows.findByProjectKeyOrderByKind(project))
        .extracting(RecordedEstimate::getPlannedDays, RecordedEstimate::getActualDays)
        .containsExactly(tuple(30, 45));
  }

  /**
   * Three projects: 100 planned / 150 actual, 50 / 60 and 50 / 70 days. Together 200 planned and
   * 280 actual: 280 / 200 − 1 = 0.4, an overrun of 40 %.
   */
  @Test
  void sumsTheCategoryOverItsFinishedProjects() {
    String category = aCategoryOfItsOwn();
    history.record(aFinishedProject(), category, List.of(new KindEstimate("design", 20, 30),
        new KindEstimate("build", 80, 120)));
    history.record(aFinishedProject(), category, List.of(new KindEstimate("build", 50, 60)));
    history.record(aFinishedProject(), category, List.of(new KindEstimate("test", 50, 70)));
    history.record(aFinishedProject(), aCategoryOfItsOwn(),
        List.of(new KindEstimate("build", 10, 100)));

    CategoryEstimation estimation = history.forCategory(category).orElseThrow();

    assertThat(estimation).isEqualTo(new CategoryEstimation(category, 3, 200, 280));
    assertThat(estimation.overrun()).isCloseTo(0.4, offset(1e-12));
    assertThat(estimation.overrunPercent()).isEqualTo(40.0);
  }

  @Test
  void knowsNothingOfACategoryWithoutFinishedProjects() {
    assertThat(history.forCategory(aCategoryOfItsOwn())).isEmpty();
  }

  @Test
  void refusesNegativeDays() {
    assertThatThrownBy(() -> new KindEstimate("build", -1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("build");
  }

  @Test
  void anUnderrunIsANegativeOverrun() {
    CategoryEstimation estimation = new CategoryEstimation("maintenance", 2, 80, 60);

    assertThat(estimation.overrunPercent()).isEqualTo(-25.0);
    assertThat(estimation.overrun()).isEqualTo(-0.25);
  }

  private String aFinishedProject() {
    return TestProjects.create(jdbc, projects, "pm", "sponsor").getKey();
  }

  /** A category no other test records, so that the sums see only this test's projects. */
  private static String aCategoryOfItsOwn() {
    return "t-" + Long.toString(System.nanoTime(), 36);
  }
}
