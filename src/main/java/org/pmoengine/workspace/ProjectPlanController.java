package org.pmoengine.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pmoengine.plans.ImportedPlan;
import org.pmoengine.plans.PlanAccess;
import org.pmoengine.plans.PlanPreview;
import org.pmoengine.plans.PlanService;
import org.pmoengine.plans.PlanVersion;
import org.pmoengine.plans.PlanView;
import org.pmoengine.scheduling.Activity;
import org.pmoengine.scheduling.PlanProblem;
import org.pmoengine.scheduling.PlanValidationException;
import org.pmoengine.scheduling.Resource;
import org.pmoengine.scheduling.io.PlanImportException;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.InvalidInputException;
import org.pmoengine.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan tab: the Gantt chart against the baseline, the plan's versions, the MSPDI download,
 * freezing a baseline and importing a file. An import takes two steps: the upload shows what
 * would be stored and what the importer skipped, storing nothing; Apply reads the same file
 * again, kept in the session, and stores it as the next version. The checks are those of the
 * API ({@link PlanAccess}, {@link PlanService}).
 */
@Controller
class ProjectPlanController {

  private static final Logger log = LoggerFactory.getLogger(ProjectPlanController.class);
  static final int ACTIVITIES_SHOWN = 40;

  /** What the preview shows of an uploaded file. */
  record Preview(String token, String fileName, PlanPreview plan, List<Activity> activities,
      long milestones, List<Resource> resources) {

    public int activityCount() {
      return plan.plan().activities().size();
    }

    public int dependencyCount() {
      return plan.plan().dependencies().size();
    }
  }

  private final ProjectPages pages;
  private final PlanService plans;
  private final PlanAccess access;
  private final MultipartProperties multipart;
  private final WorkspaceModel workspace;

  ProjectPlanController(ProjectPages pages, PlanService plans, PlanAccess access,
      MultipartProperties multipart, WorkspaceModel workspace) {
    this.workspace = workspace;
    this.pages = pages;
    this.plans = plans;
    this.access = access;
    this.multipart = multipart;
  }

  @GetMapping("/projects/{key}/plan")
  String plan(@PathVariable String key, Model model) {
    return page(key, model);
  }

  /** Reads the file and shows what importing it would store; stores nothing. */
  @PostMapping("/projects/{key}/plan/upload")
  String upload(@PathVariable String key, @RequestParam(name = "file", required = false)
      MultipartFile file, @ModelAttribute("viewer") Viewer viewer, HttpSession session,
      Model model, HttpServletResponse response) throws IOException {
    pages.open(key, "plan", model);
    access.requirePlanner(key);
    if (file == null || file.isEmpty()) {
      return refused(key, model, response, HttpStatus.BAD_REQUEST,
          List.of("Choose a file to upload: the file sent was empty."));
    }
    byte[] content = file.getBytes();
    String fileName = shortName(file.getOriginalFilename());
    try (InputStream in = new ByteArrayInputStream(content)) {
      PlanPreview preview = plans.preview(in);
      PendingPlanUpload pending = PendingPlanUpload.keep(session, key, viewer.id(), fileName,
          content);
      List<Activity> activities = preview.plan().activities();
      model.addAttribute("preview", new Preview(pending.token(), fileName, preview,
          activities.stream().limit(ACTIVITIES_SHOWN).toList(),
          activities.stream().filter(Activity::milestone).count(), preview.plan().resources()));
      log.info("Preview of {} for {}: {} activities, {} items skipped", fileName, key,
          activities.size(), preview.skipped().size());
    } catch (PlanImportException | PlanValidationException | InvalidInputException e) {
      return refused(key, model, response, HttpStatus.BAD_REQUEST, messages(e, fileName));
    }
    return page(key, model);
  }

  /** Stores the previewed file as the next plan version, reading it again from the session. */
  @PostMapping("/projects/{key}/plan/apply")
  String apply(@PathVariable String key, @RequestParam(defaultValue = "") String token,
      @ModelAttribute("viewer") Viewer viewer, HttpSession session, Model model,
      HttpServletResponse response, RedirectAttributes redirect) throws IOException {
    pages.open(key, "plan", model);
    access.requirePlanner(key);
    Optional<PendingPlanUpload> pending = PendingPlanUpload.find(session, token, key, viewer.id());
    if (pending.isEmpty()) {
      return refused(key, model, response, HttpStatus.CONFLICT, List.of("This preview is no "
          + "longer kept (it was applied, cancelled or replaced by another upload). Upload the "
          + "file again."));
    }
    PendingPlanUpload upload = pending.get();
    try (InputStream in = new ByteArrayInputStream(upload.content())) {
      ImportedPlan imported = plans.importFile(key, in, upload.fileName(), viewer.id());
      PendingPlanUpload.forget(session);
      redirect.addFlashAttribute("notice", "Imported " + upload.fileName() + " as plan version "
          + imported.plan().version() + ", forecast to finish on "
          + new Labels().date(imported.plan().finishDate()) + ".");
    } catch (PlanImportException | PlanValidationException | InvalidInputException e) {
      PendingPlanUpload.forget(session);
      return refused(key, model, response, HttpStatus.BAD_REQUEST,
          messages(e, upload.fileName()));
    }
    return "redirect:/projects/" + key + "/plan";
  }

  @PostMapping("/projects/{key}/plan/cancel")
  String cancel(@PathVariable String key, HttpSession session, Model model,
      RedirectAttributes redirect) {
    pages.open(key, "plan", model);
    PendingPlanUpload.forget(session);
    redirect.addFlashAttribute("notice", "The upload was cancelled; the plan is unchanged.");
    return "redirect:/projects/" + key + "/plan";
  }

  /** Freezes the latest version as the baseline, as {@code POST .../plan/baseline} does. */
  @PostMapping("/projects/{key}/plan/baseline")
  String baseline(@PathVariable String key, @RequestParam(required = false) String reason,
      @ModelAttribute("viewer") Viewer viewer, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    pages.open(key, "plan", model);
    access.requirePlanner(key);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    try {
      PlanView frozen = plans.freezeBaseline(key, viewer.id(), why);
      redirect.addFlashAttribute("notice", "Version " + frozen.version()
          + " is the new baseline: later versions are compared with its dates.");
    } catch (InvalidInputException e) {
      model.addAttribute("reasonError", e.problems().get(0).message());
      model.addAttribute("reason", reason);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(key, model);
    } catch (NotFoundException e) {
      return refused(key, model, response, HttpStatus.BAD_REQUEST,
          List.of("There is no plan to freeze yet: import one first."));
    }
    return "redirect:/projects/" + key + "/plan";
  }

  /**
   * An upload over the size limit, or one that is not a well-formed form: the multipart body is
   * read only when the controller asks for the file, so the refusal arrives here.
   */
  @ExceptionHandler(MultipartException.class)
  String unreadableUpload(MultipartException e, HttpServletRequest request, Model model,
      HttpServletResponse response) {
    @SuppressWarnings("unchecked")
    Map<String, String> variables = (Map<String, String>) request.getAttribute(
        HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String key = variables == null ? null : variables.get("key");
    if (key == null) {
      throw new NotFoundException("There is no such project page.");
    }
    model.addAttribute("viewer", workspace.viewer());
    pages.open(key, "plan", model);
    boolean tooLarge = e instanceof MaxUploadSizeExceededException;
    log.info("Refused a plan upload to {}: {}", key, e.getMessage());
    return refused(key, model, response,
        tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
        List.of(tooLarge
            ? "The file is larger than " + readable(multipart.getMaxFileSize().toBytes())
                + ", the most accepted. Remove what the plan does not need, or split it."
            : "The upload could not be read. Choose the file again and upload it."));
  }

  private String refused(String key, Model model, HttpServletResponse response,
      HttpStatus status, List<String> errors) {
    response.setStatus(status.value());
    model.addAttribute("uploadErrors", errors);
    return page(key, model);
  }

  private String page(String key, Model model) {
    pages.open(key, "plan", model);
    access.requireReader(key);
    model.addAttribute("mayPlan", access.mayPlan(key));
    Optional<PlanView> latest = plans.latestIfAny(key);
    model.addAttribute("plan", latest.orElse(null));
    model.addAttribute("baseline", plans.latestBaseline(key).orElse(null));
    List<PlanView> versions = latest.isEmpty() ? new ArrayList<>()
        : new ArrayList<>(plans.history(key));
    Collections.reverse(versions);
    model.addAttribute("versions", versions);
    model.addAttribute("maxReason", PlanVersion.MAX_REASON);
    model.addAttribute("maxFile", readable(multipart.getMaxFileSize().toBytes()));
    return "workspace/project-plan";
  }

  /** The importer's and the checks' sentences, each naming the file or the activity. */
  static List<String> messages(RuntimeException e, String fileName) {
    if (e instanceof PlanValidationException invalid) {
      return invalid.problems().stream().map(PlanProblem::message)
          .map(m -> "The plan in " + fileName + " cannot be scheduled: " + m + ".")
          .distinct().limit(20).toList();
    }
    if (e instanceof InvalidInputException invalid) {
      return invalid.problems().stream().map(FieldProblem::message).toList();
    }
    return List.of(fileName + ": " + e.getMessage());
  }

  private static String shortName(String name) {
    if (name == null || name.isBlank()) {
      return "the file";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    return base.length() > 120 ? base.substring(0, 120) + "…" : base;
  }

  private static String readable(long bytes) {
    return bytes % (1 << 20) == 0 ? bytes / (1 << 20) + " MB" : bytes / 1024 + " KB";
  }
}
