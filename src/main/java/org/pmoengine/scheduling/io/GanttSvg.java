package org.pmoengine.scheduling.io;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.Dependency;
import org.pmoengine.scheduling.DependencyType;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.scheduling.Schedule;
import org.pmoengine.scheduling.ScheduledActivity;

/**
 * Draws a schedule as a Gantt chart in plain SVG: no script and no external style sheet, so it
 * shows in a browser, a mail or a form. One row per activity with its bar (critical ones in
 * red), milestones as diamonds, the links as elbow arrows, the status date as a dashed line,
 * and the baseline as a thin grey bar under the current one when a baseline is given.
 *
 * <p>Elements carry classes ({@code bar}, {@code critical}, {@code milestone}, {@code arrow},
 * {@code baseline}, {@code status-date}) so a page may restyle them; the colours are inline
 * attributes because mail clients drop style sheets.
 */
public final class GanttSvg {

  private static final int LABEL_WIDTH = 280;
  private static final int ROW = 18;
  private static final int HEADER = 58;
  private static final int FOOTER = 24;
  private static final double CHART_WIDTH = 1100;
  private static final int LABEL_CHARS = 40;
  private static final int REPEAT_MONTHS_EVERY = 40;
  private static final String CRITICAL = "#d62728";
  private static final String NORMAL = "#1f77b4";
  private static final String BASELINE = "#9e9e9e";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  /**
   * The chart of {@code schedule}, computed from {@code plan}. {@code baseline} and
   * {@code statusDate} may be null.
   */
  public String render(String title, Plan plan, Schedule schedule, Schedule baseline, LocalDate statusDate) {
    Map<String, Activity> activities = new HashMap<>();
    plan.activities().forEach(a -> activities.put(a.id(), a));
    List<ScheduledActivity> rows = schedule.activities();
    Map<String, ScheduledActivity> baselined = baseline == null ? Map.of() : baseline.byId();
    Map<String, Integer> rowOf = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      rowOf.put(rows.get(i).id(), i);
    }

    LocalDate first = Stream.of(rows.stream().map(ScheduledActivity::startDate),
            baselined.values().stream().map(ScheduledActivity::startDate),
            Stream.of(statusDate, plan.projectStart()))
        .flatMap(s -> s).filter(d -> d != null).min(LocalDate::compareTo).orElseThrow().minusDays(2);
    LocalDate last = Stream.of(rows.stream().map(ScheduledActivity::finishDate),
            baselined.values().stream().map(ScheduledActivity::finishDate), Stream.of(statusDate))
        .flatMap(s -> s).filter(d -> d != null).max(LocalDate::compareTo).orElse(first).plusDays(3);
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    double dayWidth = Math.max(1.5, Math.min(28, CHART_WIDTH / days));
    Frame frame = new Frame(first, dayWidth, days);
    int width = (int) Math.ceil(LABEL_WIDTH + days * dayWidth + 80); // room for a last milestone's date
    int height = HEADER + rows.size() * ROW + FOOTER;

    StringBuilder svg = new StringBuilder(rows.size() * 600 + 4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n");
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append("<defs><marker id=\"arrowhead\" viewBox=\"0 0 6 6\" refX=\"6\" refY=\"3\" markerWidth=\"6\" "
        + "markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L6,3 L0,6 z\" fill=\"#555\"/></marker>"
        + "<marker id=\"arrowhead-critical\" viewBox=\"0 0 6 6\" refX=\"6\" refY=\"3\" markerWidth=\"6\" "
        + "markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L6,3 L0,6 z\" fill=\"" + CRITICAL
        + "\"/></marker></defs>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg.append("<text x=\"8\" y=\"18\" font-size=\"14\" font-weight=\"bold\">").append(escape(title))
        .append("</text>\n");
    legend(svg, width, baseline != null);
    timeScale(svg, plan, frame, height, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      if (i % 2 == 1) {
        svg.append("<rect x=\"0\" y=\"").append(HEADER + i * ROW).append("\" width=\"").append(width)
            .append("\" height=\"").append(ROW).append("\" fill=\"#000000\" fill-opacity=\"0.035\"/>\n");
      }
    }
    arrows(svg, plan, rows, rowOf, frame);
    for (int i = 0; i < rows.size(); i++) {
      ScheduledActivity s = rows.get(i);
      row(svg, i, s, activities.get(s.id()), baselined.get(s.id()), frame);
    }
    if (statusDate != null) {
      double x = frame.x(statusDate);
      svg.append("<line class=\"status-date\" x1=\"").append(num(x)).append("\" y1=\"").append(HEADER - 14)
          .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(height - FOOTER)
          .append("\" stroke=\"#2ca02c\" stroke-width=\"1.5\" stroke-dasharray=\"5,3\"/>\n");
      svg.append("<text class=\"status-date-label\" x=\"").append(num(x + 3)).append("\" y=\"")
          .append(height - FOOTER + 14).append("\" fill=\"#2ca02c\">Status ").append(statusDate)
          .append("</text>\n");
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void legend(StringBuilder svg, int width, boolean withBaseline) {
    double x = Math.max(LABEL_WIDTH, width - 430);
    svg.append("<g class=\"legend\">");
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"8\" width=\"14\" height=\"8\" fill=\"%s\"/><text x=\"%.1f\" y=\"16\">Critical</text>",
        x, CRITICAL, x + 18));
    svg.append(String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"8\" width=\"14\" height=\"8\" fill=\"%s\"/><text x=\"%.1f\" y=\"16\">Not critical</text>",
        x + 70, NORMAL, x + 88));
    svg.append(String.format(Locale.ROOT,
        "<path d=\"M%.1f,12 l5,-5 l5,5 l-5,5 z\" fill=\"#333\"/><text x=\"%.1f\" y=\"16\">Milestone</text>",
        x + 165, x + 182));
    if (withBaseline) {
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"10\" width=\"14\" height=\"4\" fill=\"%s\"/><text x=\"%.1f\" y=\"16\">Baseline</text>",
          x + 245, BASELINE, x + 263));
    }
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"6\" x2=\"%.1f\" y2=\"18\" stroke=\"#2ca02c\" stroke-dasharray=\"3,2\"/>"
            + "<text x=\"%.1f\" y=\"16\">Status date</text>", x + 325, x + 325, x + 330));
    svg.append("</g>\n");
  }

  /** Month labels and lines, week or day ticks, and shaded non-working days when they fit. */
  private static void timeScale(StringBuilder svg, Plan plan, Frame frame, int height, int rowCount) {
    int bottom = height - FOOTER;
    if (frame.dayWidth >= 3) {
      for (long i = 0; i < frame.days; i++) {
        LocalDate d = frame.first.plusDays(i);
        if (!plan.calendar().isWorkingDay(d)) {
          svg.append("<rect class=\"non-working\" x=\"").append(num(frame.x(d))).append("\" y=\"")
              .append(HEADER).append("\" width=\"").append(num(frame.dayWidth)).append("\" height=\"")
              .append(bottom - HEADER).append("\" fill=\"#f0f0f0\"/>\n");
        }
      }
    }
    for (long i = 0; i < frame.days; i++) {
      LocalDate d = frame.first.plusDays(i);
      double x = frame.x(d);
      boolean roomBeforeNextMonth = d.lengthOfMonth() - d.getDayOfMonth() + 1 >= 60 / frame.dayWidth;
      if (d.getDayOfMonth() == 1 || (i == 0 && roomBeforeNextMonth)) {
        svg.append("<text x=\"").append(num(x + 2)).append("\" y=\"").append(HEADER - 22).append("\">")
            .append(d.format(MONTH)).append("</text>\n");
        // a long chart repeats the months every few dozen rows, as a static image has no sticky header
        for (int row = REPEAT_MONTHS_EVERY; row < rowCount; row += REPEAT_MONTHS_EVERY) {
          svg.append("<text class=\"month-repeat\" x=\"").append(num(x + 2)).append("\" y=\"")
              .append(HEADER + row * ROW - 3).append("\" font-size=\"9\" fill=\"#999\">")
              .append(d.format(MONTH)).append("</text>\n");
        }
        svg.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(HEADER - 34).append("\" x2=\"")
            .append(num(x)).append("\" y2=\"").append(bottom).append("\" stroke=\"#bbbbbb\"/>\n");
      }
      boolean tick = frame.dayWidth >= 14 || (frame.dayWidth >= 3 && d.getDayOfWeek() == DayOfWeek.MONDAY);
      if (tick) {
        svg.append("<text x=\"").append(num(x + 1)).append("\" y=\"").append(HEADER - 6)
            .append("\" font-size=\"9\" fill=\"#555\">").append(d.getDayOfMonth()).append("</text>\n");
        if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
          svg.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(HEADER).append("\" x2=\"")
              .append(num(x)).append("\" y2=\"").append(bottom).append("\" stroke=\"#e4e4e4\"/>\n");
        }
      }
    }
    svg.append("<line x1=\"0\" y1=\"").append(HEADER).append("\" x2=\"100%\" y2=\"").append(HEADER)
        .append("\" stroke=\"#888\"/>\n");
    svg.append("<line x1=\"").append(LABEL_WIDTH - 4).append("\" y1=\"").append(HEADER - 34)
        .append("\" x2=\"").append(LABEL_WIDTH - 4).append("\" y2=\"").append(bottom)
        .append("\" stroke=\"#888\"/>\n");
    svg.append("<text x=\"8\" y=\"").append(HEADER - 6).append("\" font-weight=\"bold\">Activity</text>\n");
  }

  private static void row(StringBuilder svg, int i, ScheduledActivity s, Activity a,
      ScheduledActivity baseline, Frame frame) {
    int top = HEADER + i * ROW;
    boolean milestone = a != null ? a.milestone() : s.durationDays() == 0;
    String label = s.id() + "  " + (s.name() == null ? "" : s.name());
    svg.append("<g class=\"activity\" data-id=\"").append(escape(s.id())).append("\">");
    svg.append("<title>").append(escape(s.id() + " " + (s.name() == null ? "" : s.name())))
        .append(": ").append(s.startDate()).append(" to ").append(s.finishDate())
        .append(", total float ").append(s.totalFloat()).append(" d")
        .append(s.critical() ? ", critical" : "").append("</title>");
    svg.append("<text class=\"label\" x=\"8\" y=\"").append(top + 13).append("\"")
        .append(s.critical() ? " font-weight=\"bold\"" : "").append('>')
        .append(escape(truncate(label))).append("</text>");
    String colour = s.critical() ? CRITICAL : NORMAL;
    String critical = s.critical() ? " critical" : "";
    boolean withBaseline = baseline != null;
    if (withBaseline) {
      double bx = frame.x(baseline.startDate());
      if (baseline.durationDays() == 0) {
        svg.append(diamond("baseline milestone-baseline", bx, top + 14, 3.5, BASELINE));
      } else {
        svg.append("<rect class=\"baseline\" x=\"").append(num(bx)).append("\" y=\"").append(top + 12)
            .append("\" width=\"").append(num(frame.width(baseline.startDate(), baseline.finishDate())))
            .append("\" height=\"4\" fill=\"").append(BASELINE).append("\"/>");
      }
    }
    double x = frame.x(s.startDate());
    if (milestone) {
      svg.append(diamond("milestone" + critical, x, top + (withBaseline ? 7 : 9), 5.5, colour));
      svg.append("<text x=\"").append(num(x + 8)).append("\" y=\"").append(top + 12)
          .append("\" font-size=\"9\" fill=\"#333\">").append(s.startDate()).append("</text>");
    } else {
      double w = frame.width(s.startDate(), s.finishDate());
      int barTop = top + (withBaseline ? 3 : 4);
      int barHeight = withBaseline ? 8 : 10;
      svg.append("<rect class=\"bar").append(critical).append("\" x=\"").append(num(x)).append("\" y=\"")
          .append(barTop).append("\" width=\"").append(num(w)).append("\" height=\"").append(barHeight)
          .append("\" rx=\"2\" fill=\"").append(colour).append("\"/>");
      double done = a == null ? 0 : Math.max(0, Math.min(100, a.percentComplete()));
      if (done > 0) {
        svg.append("<rect class=\"progress\" x=\"").append(num(x)).append("\" y=\"")
            .append(barTop + barHeight / 2 - 1).append("\" width=\"").append(num(w * done / 100))
            .append("\" height=\"3\" fill=\"#000000\" fill-opacity=\"0.55\"/>");
      }
    }
    svg.append("</g>\n");
  }

  /** Elbow arrows from the driving end of the predecessor to the driven end of the successor. */
  private static void arrows(StringBuilder svg, Plan plan, List<ScheduledActivity> rows,
      Map<String, Integer> rowOf, Frame frame) {
    for (Dependency d : plan.dependencies()) {
      Integer pi = rowOf.get(d.predecessorId());
      Integer si = rowOf.get(d.successorId());
      if (pi == null || si == null) {
        continue;
      }
      ScheduledActivity p = rows.get(pi);
      ScheduledActivity s = rows.get(si);
      boolean fromFinish = d.type() == DependencyType.FS || d.type() == DependencyType.FF;
      boolean toStart = d.type() == DependencyType.FS || d.type() == DependencyType.SS;
      double x1 = fromFinish ? frame.end(p) : frame.x(p.startDate());
      double x2 = toStart ? frame.x(s.startDate()) : frame.end(s);
      double y1 = HEADER + pi * ROW + ROW / 2.0;
      double y2 = HEADER + si * ROW + ROW / 2.0;
      double out = x1 + (fromFinish ? 4 : -4);
      double in = x2 + (toStart ? -4 : 4);
      String path;
      boolean direct = toStart ? in >= out : in <= out;
      if (direct && fromFinish == toStart) {
        path = "M" + num(x1) + "," + num(y1) + " H" + num(in) + " V" + num(y2) + " H" + num(x2);
      } else {
        double mid = y2 + (y2 > y1 ? -ROW / 2.0 : ROW / 2.0);
        path = "M" + num(x1) + "," + num(y1) + " H" + num(out) + " V" + num(mid) + " H" + num(in)
            + " V" + num(y2) + " H" + num(x2);
      }
      boolean critical = p.critical() && s.critical();
      svg.append("<path class=\"arrow").append(critical ? " critical" : "").append("\" d=\"").append(path)
          .append("\" fill=\"none\" stroke=\"").append(critical ? CRITICAL : "#555")
          .append("\" stroke-width=\"").append(critical ? "1" : "0.7").append("\" stroke-opacity=\"0.7\"")
          .append(" marker-end=\"url(#").append(critical ? "arrowhead-critical" : "arrowhead").append(")\"/>\n");
    }
  }

  private static String diamond(String cls, double cx, double cy, double r, String colour) {
    return "<path class=\"" + cls + "\" d=\"M" + num(cx) + "," + num(cy - r) + " L" + num(cx + r) + ","
        + num(cy) + " L" + num(cx) + "," + num(cy + r) + " L" + num(cx - r) + "," + num(cy) + " z\" fill=\""
        + colour + "\"/>";
  }

  private static String truncate(String label) {
    return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** One decimal, without the cost of String.format (a chart has tens of thousands of numbers). */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    long whole = tenths / 10;
    long fraction = Math.abs(tenths % 10);
    return (tenths < 0 && whole == 0 ? "-" : "") + whole + "." + fraction;
  }

  /** Maps calendar dates to x; a bar covers its days from the start of the first to the end of the last. */
  private record Frame(LocalDate first, double dayWidth, long days) {
    double x(LocalDate date) {
      return LABEL_WIDTH + ChronoUnit.DAYS.between(first, date) * dayWidth;
    }

    double width(LocalDate start, LocalDate finish) {
      return Math.max(dayWidth, (ChronoUnit.DAYS.between(start, finish) + 1) * dayWidth);
    }

    double end(ScheduledActivity s) {
      return s.durationDays() == 0 ? x(s.startDate()) : x(s.finishDate()) + dayWidth;
    }
  }
}
