package org.pmoengine.budget;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pmoengine.config.PmoProperties;
import org.pmoengine.notification.Notifications;
import org.pmoengine.project.Project;
import org.pmoengine.project.ProjectRepository;
import org.pmoengine.project.WarningLevel;
import org.pmoengine.records.Display;
import org.pmoengine.records.TaskHeading;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validates a project's budget: earned value from the plan and the bookings, the budget rules,
 * and an overrun warning to the project manager, the sponsor and finance when a warning level
 * is first reached. The project keeps the last level warned about, so an unchanged overrun is
 * not warned about again; when the overrun shrinks, a later rise warns again.
 */
@Service
@Transactional
public class BudgetValidation {

  private static final Logger log = LoggerFactory.getLogger(BudgetValidation.class);
  static final String WARNING_TEMPLATE = "overrun-warning";

  private final ProjectRepository projects;
  private final ProjectEarnedValue earnedValue;
  private final BudgetRules rules;
  private final BudgetRegisters registers;
  private final InvoiceRepository invoices;
  private final Notifications notifications;
  private final PmoProperties pmo;
  private final BudgetReviewRepository reviews;
  private final Clock clock;

  public BudgetValidation(ProjectRepository projects, ProjectEarnedValue earnedValue,
      BudgetRules rules, BudgetRegisters registers, InvoiceRepository invoices,
      Notifications notifications, PmoProperties pmo,
      BudgetReviewRepository reviews, Clock clock) {
    this.projects = projects;
    this.earnedValue = earnedValue;
    this.rules = rules;
    this.registers = registers;
    this.invoices = invoices;
    this.notifications = notifications;
    this.pmo = pmo;
    this.reviews = reviews;
    this.clock = clock;
  }

  /** Validates the budget; {@code invoiceId} names the invoice that started it, or is null. */
  public BudgetCheck validate(String projectKey, Long invoiceId) {
    Project project = project(projectKey);
    EarnedValue ev = earnedValue.of(projectKey);
    BudgetVerdict verdict = rules.assessAndRecord(projectKey, ev, project.getBudget());
    List<InvoiceFinding> findings = invoiceId == null ? List.of()
        : registers.invoice(projectKey, invoiceId).findings();
    warnWhenFirstReached(project, verdict);
    reviews.save(new BudgetReview(projectKey, invoiceId, verdict, ev, clock.instant()));
    log.info("Budget of {}: EAC {} ({} % against the budget), approvals {}, warning {}",
        projectKey, verdict.estimateAtCompletion(), verdict.variancePercent(),
        verdict.requiredApprovals(), verdict.warningLevel());
    return new BudgetCheck(ev, verdict, findings);
  }

  /** Finance decided; a flagged invoice that started the validation takes the decision. */
  public void financeDecided(String projectKey, Long invoiceId, boolean approved, String user) {
    if (invoiceId != null) {
      Invoice invoice = invoices.findByIdAndProjectKey(invoiceId, projectKey).orElseThrow(
          () -> new NotFoundException("Project " + projectKey + " has no invoice " + invoiceId));
      if (invoice.getStatus() == InvoiceStatus.FLAGGED) {
        invoice.decided(approved);
      }
    }
    latestReview(projectKey).ifPresent(r -> r.decided(approved, user, clock.instant()));
    log.info("Finance {} the budget of {}{} ({})", approved ? "approved" : "rejected", projectKey,
        invoiceId == null ? "" : " with invoice " + invoiceId, user);
  }

  /** The gate board decided on an overrun finance approved; a rejection rejects the invoice. */
  public void boardDecided(String projectKey, Long invoiceId, boolean approved, String user) {
    if (invoiceId != null && !approved) {
      invoices.findByIdAndProjectKey(invoiceId, projectKey).ifPresent(i -> i.decided(false));
    }
    latestReview(projectKey).ifPresent(r -> r.decided(approved, user, clock.instant()));
    log.info("Gate board {} the budget of {}{} ({})", approved ? "approved" : "rejected",
        projectKey, invoiceId == null ? "" : " with invoice " + invoiceId, user);
  }

  /**
   * The project's latest budget validation with its outcome, as the gate criteria read it; empty
   * when its budget was never validated.
   */
  public Optional<BudgetReview> latestReview(String projectKey) {
    return reviews.findFirstByProjectKeyOrderByIdDesc(projectKey);
  }

  /** Every budget validation of the project with its outcome, the latest first. */
  @Transactional(readOnly = true)
  public List<BudgetReview> reviews(String projectKey) {
    return reviews.findByProjectKeyOrderByIdDesc(projectKey);
  }

  private void warnWhenFirstReached(Project project, BudgetVerdict verdict) {
    WarningLevel last = project.getWarningLevel();
    WarningLevel now = verdict.warningLevel();
    if (now == last) {
      return;
    }
    project.warningSent(now);
    if (now.ordinal() < last.ordinal()) {
      return;
    }
    OverrunWarningMail model = new OverrunWarningMail(project.getKey(), project.getName(), now.name(),
        verdict.variancePercent(), Display.euros(verdict.estimateAtCompletion()),
        Display.euros(verdict.budget()),
        verdict.explanation(), pmo.projectUrl(project.getKey(), "plan"));
    String dedupKey = project.getKey() + ":overrun-warning:" + now + ":" + verdict.decisionId();
    List<String> users = new ArrayList<>();
    users.add(project.getManager());
    users.add(project.getSponsor());
    notifications.toUsers(dedupKey + ":project", WARNING_TEMPLATE, users, model);
    notifications.toGroup(dedupKey + ":finance", WARNING_TEMPLATE, PmoGroups.FINANCE, model);
    log.info("Overrun warning {} sent for {}", now, project.getKey());
  }

  /**
   * An approval task of the validation, named with the project's key and name for Tasklist
   * ({@code Finance approval: PRJ-... name}).
   */
  @Transactional(readOnly = true)
  public TaskHeading approvalTask(String projectKey, String what) {
    Project project = project(projectKey);
    return TaskHeading.of(what, project.getKey(), project.getName(), null);
  }

  /** The project's page in the workspace, where its budget lines and invoices are. */
  public String projectLink(String projectKey) {
    return pmo.projectUrl(projectKey, null);
  }

  private Project project(String projectKey) {
    return projects.getByKey(projectKey);
  }
}
