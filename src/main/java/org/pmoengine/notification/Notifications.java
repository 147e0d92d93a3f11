package org.pmoengine.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pmoengine.notification.Recipients.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail in the outbox, in the caller's transaction. A scheduled sender delivers it later.
 * Queuing is idempotent per {@code dedupKey} and recipient, so a retried process step never
 * sends twice.
 */
@Service
public class Notifications {

  private static final Logger log = LoggerFactory.getLogger(Notifications.class);

  private final Recipients recipients;
  private final MailTemplates templates;
  private final OutboxMailRepository outbox;
  private final Clock clock;

  public Notifications(Recipients recipients, MailTemplates templates,
      OutboxMailRepository outbox, Clock clock) {
    this.recipients = recipients;
    this.templates = templates;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Queues one mail per user (their Camunda e-mail address).
   *
   * @param dedupKey identifies this mail event, e.g. {@code REQ-2026-0001:submitted:1}
   * @param template name of the Thymeleaf templates {@code mail/<template>.html} and {@code
   *     .txt}; the subject is the text of the HTML template's {@code <title>}
   * @param userIds Camunda user ids of the recipients
   * @param model the template's variables, one per record component
   */
  @Transactional
  public void toUsers(String dedupKey, String template, Collection<String> userIds,
      MailModel model) {
    toUsers(dedupKey, template, userIds, MailTemplates.variables(model));
  }

  /** Queues one mail to each member of a Camunda group. */
  @Transactional
  public void toGroup(String dedupKey, String template, String groupId, MailModel model) {
    toGroup(dedupKey, template, groupId, MailTemplates.variables(model));
  }

  /** As {@link #toUsers(String, String, Collection, MailModel)}, with variables by name. */
  @Transactional
  void toUsers(String dedupKey, String template, Collection<String> userIds,
      Map<String, Object> model) {
    Set<String> ids = new LinkedHashSet<>();
    for (String userId : userIds) {
      if (userId == null || userId.isBlank()) {
        log.warn("Mail {} ({}): a recipient without user id is skipped", dedupKey, template);
      } else {
        ids.add(userId);
      }
    }
    List<Recipient> found = recipients.users(ids);
    if (found.size() < ids.size()) {
      log.warn("Mail {} ({}): some of the users {} do not exist and get no mail",
          dedupKey, template, ids);
    }
    queue(dedupKey, template, found, model);
  }

  @Transactional
  void toGroup(String dedupKey, String template, String groupId, Map<String, Object> model) {
    List<Recipient> members = recipients.groupMembers(groupId);
    if (members.isEmpty()) {
      log.warn("Mail {} ({}): group {} has no members, nobody gets it", dedupKey, template, groupId);
    }
    queue(dedupKey, template, members, model);
  }

  private void queue(String dedupKey, String template, List<Recipient> candidates,
      Map<String, Object> model) {
    Set<String> addresses = new LinkedHashSet<>();
    for (Recipient recipient : candidates) {
      if (recipient.hasEmail()) {
        addresses.add(recipient.email().strip());
      } else {
        log.warn("Mail {} ({}): user {} has no e-mail address and is skipped",
            dedupKey, template, recipient.userId());
      }
    }
    List<String> fresh = addresses.stream()
        .filter(address -> !outbox.existsByDedupKeyAndRecipient(dedupKey, address))
        .toList();
    if (fresh.isEmpty()) {
      return;
    }
    RenderedMail mail = templates.render(template, model);
    for (String address : fresh) {
      outbox.save(new OutboxMail(dedupKey, address, mail, template, clock.instant()));
    }
    log.info("Mail {} ({}) queued for {} recipient(s)", dedupKey, template, fresh.size());
  }
}
