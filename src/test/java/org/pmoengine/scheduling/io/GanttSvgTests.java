package org.pmoengine.scheduling.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Schedule;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class GanttSvgTests {

  private final Plan plan = SamplePlans.office();
  private final Schedule schedule = CriticalPathMethod.schedule(plan);

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static NodeList select(Document svg, String xpath) throws Exception {
    return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NODESET);
  }

  private static String classIs(String cls) {
    return "contains(concat(' ', normalize-space(@class), ' '), ' " + cls + " ')";
  }

  @Test
  void drawsBarsMilestonesArrowsAndTheStatusDate() throws Exception {
    Document svg = parse(new GanttSvg().render("Office move", plan, schedule, null, plan.statusDate()));

    long milestones = plan.activities().stream().filter(a -> a.milestone()).count();
    assertThat(select(svg, "//rect[" + classIs("bar") + "]").getLength())
        .isEqualTo(plan.activities().size() - milestones);
    assertThat(select(svg, "//path[" + classIs("milestone") + "]").getLength()).isEqualTo(milestones);
    assertThat(select(svg, "//path[" + classIs("arrow") + "]").getLength()).isEqualTo(plan.dependencies().size());
    assertThat(select(svg, "//line[" + classIs("status-date") + "]").getLength()).isEqualTo(1);
    assertThat(select(svg, "//rect[" + classIs("baseline") + "]").getLength()).isZero();
    assertThat(select(svg, "//script").getLength()).isZero();
  }

  @Test
  void highlightsTheCriticalActivities() throws Exception {
    Document svg = parse(new GanttSvg().render("Office move", plan, schedule, null, plan.statusDate()));

    NodeList critical = select(svg, "//g[" + classIs("activity") + "][.//*[" + classIs("critical") + "]]/@data-id");
    assertThat(critical.getLength()).isPositive();
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < critical.getLength(); i++) {
      ids.add(critical.item(i).getNodeValue());
    }
    assertThat(ids).containsExactlyInAnyOrderElementsOf(schedule.criticalActivityIds());
    assertThat(select(svg, "//path[" + classIs("arrow") + " and " + classIs("critical") + "]").getLength())
        .isPositive();
  }

  @Test
  void drawsBaselineBarsBesideCurrentBars() throws Exception {
    Plan slipped = plan.withActivities(plan.activities().stream()
        .map(a -> a.id().equals("build") ? new org.pmoengine.scheduling.Activity(a.id(), a.name(),
            a.durationDays() + 5, a.remainingDays(), a.actualStart(), a.actualFinish(), a.percentComplete(),
            a.startNoEarlierThan(), a.demands()) : a)
        .toList());
    Schedule current = CriticalPathMethod.schedule(slipped);

    Document svg = parse(new GanttSvg().render("Office move", slipped, current, schedule, slipped.statusDate()));

    long milestones = plan.activities().stream().filter(a -> a.milestone()).count();
    assertThat(select(svg, "//rect[" + classIs("baseline") + "]").getLength())
        .isEqualTo(plan.activities().size() - milestones);
    assertThat(select(svg, "//path[" + classIs("milestone-baseline") + "]").getLength()).isEqualTo(milestones);
    assertThat(select(svg, "//rect[" + classIs("bar") + "]").getLength())
        .isEqualTo(plan.activities().size() - milestones);
  }

  @Test
  void escapesNamesAndStaysWellFormedAtThreeHundredActivities() throws Exception {
    Plan large = SamplePlans.large(300, 7);
    large = large.withActivities(large.activities().stream()
        .map(a -> a.id().equals("A001") ? new org.pmoengine.scheduling.Activity(a.id(),
            "R&D <phase> \"one\"", a.durationDays(), null, null, null, 0, null, null) : a)
        .toList());
    Schedule s = CriticalPathMethod.schedule(large);

    String rendered = new GanttSvg().render("300 activities", large, s, s, large.statusDate());
    Document svg = parse(rendered);

    assertThat(select(svg, "//g[" + classIs("activity") + "]").getLength()).isEqualTo(300);
    assertThat(rendered).contains("R&amp;D &lt;phase&gt; &quot;one&quot;");
    Path out = Path.of("target", "gantt-300.svg");
    Files.createDirectories(out.getParent());
    Files.writeString(out, rendered);
  }

  @Test
  void statusLineSitsOnTheStatusDate() throws Exception {
    LocalDate status = LocalDate.of(2026, 3, 20);
    Document svg = parse(new GanttSvg().render("Office move", plan, schedule, null, status));
    Document dayLater = parse(new GanttSvg().render("Office move", plan, schedule, null, status.plusDays(1)));

    double x = Double.parseDouble(select(svg, "//line[" + classIs("status-date") + "]/@x1").item(0).getNodeValue());
    double x2 = Double.parseDouble(select(dayLater, "//line[" + classIs("status-date") + "]/@x1").item(0).getNodeValue());
    assertThat(x2).isGreaterThan(x);
  }

  @Test
  void writesCoordinatesWithOneDecimal() {
    assertThat(List.of(GanttSvg.num(0), GanttSvg.num(12.34), GanttSvg.num(-0.46), GanttSvg.num(-1.5), GanttSvg.num(7.96)))
        .containsExactly("0.0", "12.3", "-0.5", "-1.5", "8.0");
  }
}
