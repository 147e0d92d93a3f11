package org.pmoengine.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmoengine.project.Rag;
import org.pmoengine.workspace.PortfolioDashboard.HeatRow;
import org.pmoengine.workspace.PortfolioDashboard.StageCount;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portfolio dashboard at {@code /portfolio}, for the PMO and the boards. The charts read
 * their figures from a {@code data-series} attribute of their container (static/js/portfolio.js
 * draws them); each has its figures beside it as a table too.
 */
@Controller
class DashboardController {

  private final PortfolioFigures figures;
  private final ObjectMapper json;
  private final Labels labels;
  private final Clock clock;

  DashboardController(PortfolioFigures figures, ObjectMapper json, Labels labels, Clock clock) {
    this.figures = figures;
    this.json = json;
    this.labels = labels;
    this.clock = clock;
  }

  @GetMapping("/portfolio")
  String dashboard(Model model, HttpServletResponse response) {
    if (!figures.seesPortfolio()) {
      // the service refuses the figures as well; here the refusal reads as a page
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("message", "The portfolio dashboard is for the PMO and the boards."
          + " The projects you manage, sponsor or work on are under Projects.");
      return "workspace/portfolio-refused";
    }
    PortfolioDashboard dashboard = figures.dashboard();
    model.addAttribute("dashboard", dashboard);
    model.addAttribute("now", Date.from(clock.instant()));
    model.addAttribute("charts", charts(dashboard));
    return "workspace/portfolio";
  }

  /** The figures of each chart as JSON, by chart. */
  Map<String, String> charts(PortfolioDashboard d) {
    Map<String, Object> charts = new LinkedHashMap<>();
    List<String> stages = new ArrayList<>();
    List<Long> green = new ArrayList<>();
    List<Long> amber = new ArrayList<>();
    List<Long> red = new ArrayList<>();
    List<Long> unrated = new ArrayList<>();
    for (StageCount s : d.stages()) {
      stages.add(labels.word(s.stage()));
      green.add(s.green());
      amber.add(s.amber());
      red.add(s.red());
      unrated.add(s.unrated());
    }
    charts.put("stages", Map.of("categories", stages, "green", green, "amber", amber, "red", red,
        "unrated", unrated));
    charts.put("bubbles", d.bubbles());
    charts.put("funnel", d.funnel());
    List<List<Object>> cells = new ArrayList<>();
    List<HeatRow> rows = d.heatMap().rows();
    for (int y = 0; y < rows.size(); y++) {
      HeatRow row = rows.get(y);
      long[] counts = {row.green(), row.amber(), row.red(), row.unrated()};
      for (int x = 0; x < counts.length; x++) {
        cells.add(List.of(x, y, counts[x]));
      }
    }
    charts.put("heatmap", Map.of("departments", d.heatMap().departments(),
        "health", List.of(labels.word(Rag.GREEN), labels.word(Rag.AMBER), labels.word(Rag.RED),
            "Not rated"), "cells", cells));
    charts.put("curve", d.curve());
    Map<String, String> written = new LinkedHashMap<>();
    charts.forEach((name, data) -> written.put(name, write(data)));
    return written;
  }

  private String write(Object data) {
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Chart figures cannot be written as JSON", e);
    }
  }
}
