package org.pmoengine.workspace;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The projects list at {@code /projects}: every project the viewer may see (the service decides
 * which), filtered, sorted and paged by the address, and the same as CSV.
 */
@Controller
class ProjectsController {

  private final PortfolioFigures figures;
  private final Labels labels;

  ProjectsController(PortfolioFigures figures, Labels labels) {
    this.figures = figures;
    this.labels = labels;
  }

  @GetMapping("/projects")
  String list(@RequestParam Map<String, String> params, Model model) {
    ProjectListQuery query = ProjectListQuery.of(params);
    model.addAttribute("query", query);
    List<ProjectRow> all = figures.projects();
    List<ProjectRow> found = query.apply(all);
    model.addAttribute("rows", query.page(found));
    model.addAttribute("found", found.size());
    model.addAttribute("total", all.size());
    model.addAttribute("pages", query.pages(found.size()));
    model.addAttribute("phases", ProjectRow.Phase.values());
    model.addAttribute("rags", List.of("RED", "AMBER", "GREEN", "NONE"));
    Map<String, String> managers = new TreeMap<>();
    TreeSet<String> categories = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (ProjectRow row : all) {
      if (row.manager() != null) {
        managers.put(row.manager(), row.managerName());
      }
      if (row.category() != null) {
        categories.add(row.category());
      }
    }
    model.addAttribute("managers", managers.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER)).toList());
    model.addAttribute("categories", categories);
    model.addAttribute("seesAll", figures.seesPortfolio());
    return "workspace/projects";
  }

  @GetMapping(value = "/projects.csv")
  ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params) {
    ProjectListQuery query = ProjectListQuery.of(params);
    String csv = ProjectsCsv.of(query.apply(figures.projects()), labels);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("projects.csv").build().toString())
        .body(csv.getBytes(StandardCharsets.UTF_8));
  }
}
