package org.pmoengine.notification;

import java.time.Clock;
import org.pmoengine.security.CurrentUser;
import org.pmoengine.security.PmoGroups;
import org.pmoengine.web.ForbiddenException;
import org.pmoengine.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail the sender gave up on (FAILED) stays in the outbox until the PMO sends it again. A resend
 * puts it back in line, due now, with a fresh round of attempts and backoff: starting from the
 * old count would allow one try only, and a fault just fixed (a password, a relay) often needs a
 * few minutes to settle. The attempts of earlier rounds are kept in {@code earlierAttempts}, the
 * last error until the next attempt, and who resent it and when.
 */
@Service
class UndeliveredMail {

  private static final Logger log = LoggerFactory.getLogger(UndeliveredMail.class);

  private final OutboxMailRepository outbox;
  private final CurrentUser currentUser;
  private final Clock clock;

  UndeliveredMail(OutboxMailRepository outbox, CurrentUser currentUser, Clock clock) {
    this.outbox = outbox;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Sends an undelivered mail again; only the PMO may. */
  @Transactional
  OutboxMail resend(long id) {
    if (!currentUser.isMemberOf(PmoGroups.PMO)) {
      throw new ForbiddenException("Only the PMO may send undelivered mail again.");
    }
    OutboxMail mail = outbox.findById(id)
        .orElseThrow(() -> new NotFoundException("There is no mail " + id + " in the outbox."));
    refuseUnlessFailed(mail);
    String userId = currentUser.id();
    if (outbox.resend(id, userId, clock.instant()) != 1) {
      throw new ResendRefusedException(
          "Mail " + id + " was changed meanwhile (perhaps sent again by someone else). Reload it.");
    }
    log.info("Mail {} (outbox id {}) to {} sent again by {} after {} failed attempts: {}",
        mail.getDedupKey(), id, mail.getRecipient(), userId, mail.getAttempts(),
        mail.getLastError());
    return outbox.findById(id).orElseThrow();
  }

  private static void refuseUnlessFailed(OutboxMail mail) {
    switch (mail.getStatus()) {
      case SENT -> throw new ResendRefusedException("Mail " + mail.getId() + " was already sent"
          + " at " + mail.getSentAt() + "; it is not sent twice.");
      case PENDING -> throw new ResendRefusedException("Mail " + mail.getId() + " is still"
          + " waiting to be sent; the next attempt is at " + mail.getNextAttemptAt() + ".");
      case FAILED -> { }
    }
  }
}
