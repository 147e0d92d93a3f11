package org.pmoengine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmoengine.intake.IntakeService;
import org.pmoengine.intake.ProjectRequest;
import org.pmoengine.intake.RequestForm;
import org.pmoengine.portfolio.IntakePipeline.Pipeline;
import org.pmoengine.portfolio.IntakePipeline.Row;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The intake pipeline's cut-line on requests the rules really scored. Three requests of
 * 400,000, 350,000 and 300,000, ranked in that order, against an envelope of 1,000,000: 400,000
 * and 750,000 fit, 1,050,000 does not, so the line falls after the second; left out, the second
 * adds nothing and the third (700,000) moves above the line. Requests of other tests, in the
 * same database, are left out of the sums, so only these three count.
 */
@SpringBootTest
class IntakePipelineTests {

  static final BigDecimal ENVELOPE = new BigDecimal("1000000");

  @Autowired IntakeService intake;
  @Autowired IntakePipeline pipelines;

  ProjectRequest first;
  ProjectRequest second;
  ProjectRequest third;

  @BeforeEach
  void threeScoredRequests() {
    // the same ratings; the smaller the effort, the better the WSJF: 100, 90 and 87 points
    first = submitAndScore("Field-service ticketing", 400_000, 10);
    second = submitAndScore("Supplier portal", 350_000, 30);
    third = submitAndScore("Warehouse scanners", 300_000, 70);
    signedIn("pipe-pia", PmoGroups.PMO);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theCutLineFallsWhereTheRunningTotalFirstExceedsTheEnvelope() {
    Pipeline pipeline = pipelines.pipeline(ENVELOPE, othersThan(Set.of()));

    assertThat(List.of(rowOf(pipeline, first).rank(), rowOf(pipeline, second).rank(),
        rowOf(pipeline, third).rank())).as("ranked best score first").isSorted();
    assertThat(rowOf(pipeline, first).cumulative()).isEqualByComparingTo("400000");
    assertThat(rowOf(pipeline, second).cumulative()).isEqualByComparingTo("750000");
    assertThat(rowOf(pipeline, third).cumulative()).isEqualByComparingTo("1050000");
    assertThat(List.of(rowOf(pipeline, first).aboveCut(), rowOf(pipeline, second).aboveCut(),
        rowOf(pipeline, third).aboveCut())).containsExactly(true, true, false);
    assertThat(pipeline.rows().get(pipeline.cutBefore()).request().getKey())
        .isEqualTo(third.getKey());
    assertThat(pipeline.withinTotal()).isEqualByComparingTo("750000");
    assertThat(pipeline.headroom()).isEqualByComparingTo("250000");
    assertThat(pipeline.belowTotal()).isEqualByComparingTo("300000");
    assertThat(pipeline.aboveCount()).isEqualTo(2);
    assertThat(pipeline.belowCount()).isEqualTo(1);
  }

  @Test
  void leavingTheSecondOutMovesTheThirdAboveTheLine() {
    Pipeline before = pipelines.pipeline(ENVELOPE, othersThan(Set.of()));
    Pipeline pipeline = pipelines.pipeline(ENVELOPE, othersThan(Set.of(second.getKey())));

    assertThat(rowOf(pipeline, second).counted()).isFalse();
    assertThat(rowOf(pipeline, second).cumulative()).isNull();
    assertThat(rowOf(pipeline, third).cumulative()).isEqualByComparingTo("700000");
    assertThat(rowOf(pipeline, third).aboveCut()).isTrue();
    assertThat(pipeline.cutBefore()).as("every counted request fits").isNull();
    assertThat(pipeline.withinTotal()).isEqualByComparingTo("700000");
    assertThat(pipeline.headroom()).isEqualByComparingTo("300000");
    assertThat(pipeline.belowTotal()).isEqualByComparingTo("0");
    assertThat(pipeline.leftOutTotal().subtract(before.leftOutTotal()))
        .isEqualByComparingTo("350000");
  }

  @Test
  void leavingTheFirstOutAlsoFitsTheThirdAndCountingItInAgainRestoresTheLine() {
    Pipeline pipeline = pipelines.pipeline(ENVELOPE, othersThan(Set.of(first.getKey())));
    assertThat(rowOf(pipeline, second).cumulative()).isEqualByComparingTo("350000");
    assertThat(rowOf(pipeline, third).cumulative()).isEqualByComparingTo("650000");
    assertThat(pipeline.cutBefore()).isNull();

    Pipeline again = pipelines.pipeline(ENVELOPE, othersThan(Set.of()));
    assertThat(again.rows().get(again.cutBefore()).request().getKey()).isEqualTo(third.getKey());
  }

  @Test
  void theConfiguredEnvelopeIsUsedByDefault() {
    assertThat(pipelines.envelope()).isEqualByComparingTo("2500000");
    assertThat(pipelines.pipeline(Set.of()).envelope()).isEqualByComparingTo("2500000");
  }

  @Test
  void onlyThePmoAndThePortfolioBoardSeeThePipeline() {
    signedIn("pipe-bea", PmoGroups.REQUESTER, PmoGroups.PORTFOLIO_BOARD);
    assertThat(pipelines.pipeline(Set.of()).rows()).extracting(r -> r.request().getKey())
        .contains(first.getKey(), second.getKey(), third.getKey());

    signedIn("pipe-rita", PmoGroups.REQUESTER);
    assertThatThrownBy(() -> pipelines.pipeline(Set.of()))
        .isInstanceOf(ForbiddenException.class)
        .hasMessage("The portfolio ranking is for the PMO and the portfolio board.");
  }

  /** The keys of every other open request, and those given. */
  private Set<String> othersThan(Set<String> alsoLeftOut) {
    Set<String> ours = Set.of(first.getKey(), second.getKey(), third.getKey());
    Set<String> leftOut = new HashSet<>(alsoLeftOut);
    pipelines.pipeline(ENVELOPE, Set.of()).rows().stream()
        .map(r -> r.request().getKey()).filter(k -> !ours.contains(k)).forEach(leftOut::add);
    return leftOut;
  }

  private static Row rowOf(Pipeline pipeline, ProjectRequest request) {
    return pipeline.rows().stream().filter(r -> r.request().getKey().equals(request.getKey()))
        .findFirst().orElseThrow();
  }

  private ProjectRequest submitAndScore(String title, long budget, int effort) {
    RequestForm form = new RequestForm(title, "Summary of " + title, "Saves time.",
        "Dora Sponsor", "Operations", "operational", false, BigDecimal.valueOf(budget), effort,
        LocalDate.of(2027, 2, 1), LocalDate.of(2027, 9, 30), 5, 5, 5, 5, 1);
    ProjectRequest request = intake.register(form, List.of(), "pipe-rita",
        UUID.randomUUID().toString()).request();
    intake.score(request.getKey());
    return intake.get(request.getKey());
  }

  private static void signedIn(String userId, String... groups) {
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(userId, "n/a",
            java.util.Arrays.stream(groups).map(g -> new SimpleGrantedAuthority("GROUP_" + g))
                .toList()));
  }
}
