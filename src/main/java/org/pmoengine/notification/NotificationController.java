package org.pmoengine.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.FieldProblem;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for the PMO: every queued mail, newest first, to check what was (or will be) sent,
 * and to send again what could not be delivered ({@code status=FAILED}).
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  static final int MAX_SIZE = 200;

  /**
   * One outbox mail as the PMO reads it (the HTML part is left out). {@code attempts} counts the
   * current round, {@code earlierAttempts} those before the last resend.
   */
  record NotificationView(long id, String dedupKey, String template, String recipient,
      String subject, String textBody, OutboxStatus status, int attempts, Instant nextAttemptAt,
      String lastError, Instant lastAttemptAt, Instant createdAt, Instant sentAt,
      int earlierAttempts, String resentBy, Instant resentAt) {

    static NotificationView of(OutboxMail mail) {
      return new NotificationView(mail.getId(), mail.getDedupKey(), mail.getTemplate(),
          mail.getRecipient(), mail.getSubject(), mail.getTextBody(), mail.getStatus(),
          mail.getAttempts(), mail.getNextAttemptAt(), mail.getLastError(),
          mail.getLastAttemptAt(), mail.getCreatedAt(), mail.getSentAt(),
          mail.getEarlierAttempts(), mail.getResentBy(), mail.getResentAt());
    }
  }

  record NotificationPage(List<NotificationView> items, int page, int size, long totalItems,
      int totalPages) {}

  private final OutboxMailRepository outbox;
  private final CurrentUser currentUser;
  private final UndeliveredMail undelivered;

  NotificationController(OutboxMailRepository outbox, CurrentUser currentUser,
      UndeliveredMail undelivered) {
    this.outbox = outbox;
    this.currentUser = currentUser;
    this.undelivered = undelivered;
  }

  @GetMapping
  @Transactional(readOnly = true)
  NotificationPage list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String recipient,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (!currentUser.isMemberOf(PmoGroups.PMO) && !currentUser.isMemberOf(PmoGroups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Only the PMO and administrators may read the outbox.");
    }
    Specification<OutboxMail> filter = filter(parseStatus(status), recipient);
    checkPaging(page, size);
    Sort newestFirst = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
    Page<OutboxMail> found = outbox.findAll(filter, PageRequest.of(page, size, newestFirst));
    return new NotificationPage(found.map(NotificationView::of).getContent(), page, size,
        found.getTotalElements(), found.getTotalPages());
  }

  /** Puts an undelivered mail back in line, due now; 409 unless it is FAILED. */
  @PostMapping("/{id}/resend")
  NotificationView resend(@PathVariable long id) {
    return NotificationView.of(undelivered.resend(id));
  }

  private static Specification<OutboxMail> filter(OutboxStatus status, String recipient) {
    Specification<OutboxMail> filter = (root, query, cb) -> cb.conjunction();
    if (status != null) {
      filter = filter.and((root, query, cb) -> cb.equal(root.get("status"), status));
    }
    if (recipient != null && !recipient.isBlank()) {
      String address = recipient.strip().toLowerCase();
      filter = filter.and((root, query, cb) -> cb.equal(cb.lower(root.get("recipient")), address));
    }
    return filter;
  }

  private static OutboxStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return OutboxStatus.valueOf(status.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldProblem("status",
          "Status must be one of " + Arrays.toString(OutboxStatus.values()) + ".")));
    }
  }

  private static void checkPaging(int page, int size) {
    List<FieldProblem> problems = new ArrayList<>();
    if (page < 0) {
      problems.add(new FieldProblem("page", "Page must be 0 or more."));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add(new FieldProblem("size", "Size must be between 1 and " + MAX_SIZE + "."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
