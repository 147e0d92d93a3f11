package org.pmoengine.workspace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pmoengine.change.ChangeView;
import org.pmoengine.change.ChangeViews;
import org.pmoengine.gate.GateReviews;
import org.pmoengine.project.Project;
import org.pmoengine.scoring.DecisionLog;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Changes and decisions of a project: its change log, the gate decisions, and every decision the
 * rules took about it, its request and its changes, each with the rules that fired, what each
 * contributed and the version of the rules.
 */
@Controller
class ProjectDecisionsController {

  static final int DECISIONS_SHOWN = 100;

  private final ProjectPages pages;
  private final ChangeViews changes;
  private final GateReviews gates;
  private final DecisionLog decisions;
  private final DecisionTexts texts;

  ProjectDecisionsController(ProjectPages pages, ChangeViews changes, GateReviews gates,
      DecisionLog decisions, DecisionTexts texts) {
    this.pages = pages;
    this.changes = changes;
    this.gates = gates;
    this.decisions = decisions;
    this.texts = texts;
  }

  @GetMapping("/projects/{key}/decisions")
  @Transactional(readOnly = true)
  String decisions(@PathVariable String key, Model model) {
    Project project = pages.open(key, "decisions", model);
    List<ChangeView> log = new ArrayList<>(changes.log(key));
    Collections.reverse(log);
    model.addAttribute("changes", log);
    model.addAttribute("gateDecisions", gates.decisions(key));
    List<String> subjects = new ArrayList<>();
    subjects.add(key);
    if (project.getRequestKey() != null) {
      subjects.add(project.getRequestKey());
    }
    log.forEach(c -> subjects.add(c.changeKey()));
    model.addAttribute("decisions", texts.of(decisions.about(subjects, DECISIONS_SHOWN)));
    model.addAttribute("decisionsShown", DECISIONS_SHOWN);
    return "workspace/project-decisions";
  }
}
