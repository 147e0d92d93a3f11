package org.pmoengine.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpSession;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pmoengine.intake.RequestProgress;
import org.pmoengine.intake.RequestTracker;
import org.pmoengine.portfolio.IntakePipeline;
import org.pmoengine.portfolio.IntakePipeline.Pipeline;
import org.pmoengine.portfolio.IntakePipeline.Row;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The intake pipeline: the open requests best score first, their budgets added up against the
 * year's envelope, and the cut-line. The PMO may leave requests out (or count them in again) to
 * see where the line would fall; that what-if is kept in the person's session and decides
 * nothing: requests are decided in their triage and board tasks.
 */
@Controller
class PipelineController {

  /** The session attribute holding the keys of the requests left out. */
  static final String LEFT_OUT = PipelineController.class.getName() + ".leftOut";

  /** One row of the page: the ranked request, where it waits, and its open task if visible. */
  public record PipelineRow(Row row, RequestProgress progress, RequestTasks.OpenTask task) {}

  private final IntakePipeline pipelines;
  private final RequestTracker tracker;
  private final RequestTasks tasks;
  private final ObjectMapper json;

  PipelineController(IntakePipeline pipelines, RequestTracker tracker, RequestTasks tasks,
      ObjectMapper json) {
    this.pipelines = pipelines;
    this.tracker = tracker;
    this.tasks = tasks;
    this.json = json;
  }

  @GetMapping("/pipeline")
  String pipeline(HttpSession session, Model model) {
    Pipeline pipeline = pipelines.pipeline(leftOut(session));
    Map<String, RequestTasks.OpenTask> open = tasks.byProcessInstance(pipeline.rows().stream()
        .map(r -> r.request().getProcessInstanceId()).toList());
    List<PipelineRow> rows = pipeline.rows().stream()
        .map(r -> new PipelineRow(r, tracker.progress(r.request()),
            open.get(r.request().getProcessInstanceId())))
        .toList();
    model.addAttribute("pipeline", pipeline);
    model.addAttribute("rows", rows);
    model.addAttribute("chart", chartData(pipeline));
    return "workspace/pipeline";
  }

  /**
   * Leaves a request out of the sums, or counts it in again. Only open requests of the ranking
   * can be marked; the ranking also refuses anyone but the PMO and the portfolio board.
   */
  @PostMapping("/pipeline/marks")
  String mark(@RequestParam String key, @RequestParam boolean counted, HttpSession session) {
    Pipeline pipeline = pipelines.pipeline(Set.of());
    boolean ranked = pipeline.rows().stream().anyMatch(r -> r.request().getKey().equals(key));
    Set<String> leftOut = new HashSet<>(leftOut(session));
    if (counted) {
      leftOut.remove(key);
    } else if (ranked) {
      leftOut.add(key);
    }
    // a request decided meanwhile is no longer in the pipeline, nor in the what-if
    leftOut.retainAll(pipeline.rows().stream().map(r -> r.request().getKey()).toList());
    session.setAttribute(LEFT_OUT, leftOut);
    return "redirect:/pipeline#row-" + key;
  }

  /** Counts every request again. */
  @PostMapping("/pipeline/marks/reset")
  String reset(HttpSession session) {
    pipelines.pipeline(Set.of());
    session.removeAttribute(LEFT_OUT);
    return "redirect:/pipeline";
  }

  @SuppressWarnings("unchecked")
  private static Set<String> leftOut(HttpSession session) {
    Object value = session.getAttribute(LEFT_OUT);
    return value instanceof Set<?> set ? (Set<String>) set : Set.of();
  }

  /** What the chart draws: the counted requests' running total against the envelope. */
  private String chartData(Pipeline pipeline) {
    List<Row> counted = pipeline.rows().stream().filter(Row::counted).toList();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("envelope", pipeline.envelope());
    data.put("keys", counted.stream().map(r -> r.request().getKey()).toList());
    data.put("titles", counted.stream().map(r -> r.request().getTitle()).toList());
    data.put("cumulative", counted.stream().map(Row::cumulative).map(BigDecimal::toPlainString)
        .toList());
    data.put("above", counted.stream().map(Row::aboveCut).toList());
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The chart data can't be written", e);
    }
  }
}
