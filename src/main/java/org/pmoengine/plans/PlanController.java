package org.pmoengine.plans;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.pmoengine.project.ProjectKeys;
import org.pmoengine.scheduling.Plan;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Plans and Gantt charts. Anyone logged in may compute a schedule. A project's plan is read by
 * those who may read its registers (its team, the boards, finance, the PMO); the PMO (and
 * administrators) and the project's manager change it.
 */
@RestController
public class PlanController {

  private final PlanService plans;
  private final CurrentUser currentUser;
  private final PlanAccess access;

  public PlanController(PlanService plans, CurrentUser currentUser, PlanAccess access) {
    this.access = access;
    this.plans = plans;
    this.currentUser = currentUser;
  }

  /** Computes the schedule of a plan; stores nothing. */
  @PostMapping("/api/schedule")
  public ComputedPlan schedule(@RequestBody Plan plan) {
    return plans.compute(plan);
  }

  @GetMapping("/api/projects/{key}/plan")
  public PlanView plan(@PathVariable String key) {
    requireReader(key);
    return plans.latest(key);
  }

  @PutMapping("/api/projects/{key}/plan")
  public PlanView replacePlan(@PathVariable String key, @RequestBody Plan plan,
      @RequestParam(required = false) String reason) {
    requirePlanner(key);
    return plans.save(key, plan, currentUser.id(), reason == null ? "Plan updated" : reason);
  }

  @PostMapping(path = "/api/projects/{key}/plan/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ImportedPlan importPlan(@PathVariable String key, @RequestParam("file") MultipartFile file)
      throws IOException {
    requirePlanner(key);
    ProjectKeys.requireValid(key);
    if (file.isEmpty()) {
      throw new InvalidInputException(List.of(new FieldProblem("file", "The file is empty.")));
    }
    try (InputStream in = file.getInputStream()) {
      return plans.importFile(key, in, file.getOriginalFilename(), currentUser.id());
    }
  }

  @GetMapping(path = "/api/projects/{key}/plan.xml", produces = MediaType.APPLICATION_XML_VALUE)
  public ResponseEntity<byte[]> mspdi(@PathVariable String key) {
    requireReader(key);
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"" + key + ".xml\"")
        .contentType(MediaType.APPLICATION_XML)
        .body(plans.mspdi(key));
  }

  @GetMapping(path = "/api/projects/{key}/gantt.svg", produces = "image/svg+xml")
  public ResponseEntity<String> gantt(@PathVariable String key) {
    requireReader(key);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("image/svg+xml"))
        .body(plans.gantt(key));
  }

  @PostMapping("/api/projects/{key}/plan/baseline")
  public PlanView freezeBaseline(@PathVariable String key, @RequestParam(required = false) String reason) {
    requirePlanner(key);
    return plans.freezeBaseline(key, currentUser.id(), reason);
  }

  private void requireReader(String key) {
    access.requireReader(key);
  }

  private void requirePlanner(String key) {
    access.requirePlanner(key);
  }
}
