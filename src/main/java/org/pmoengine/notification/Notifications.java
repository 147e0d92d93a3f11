package org.pmoengine.notification;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Queues mail in the outbox, in the caller's transaction. A scheduled sender delivers it later.
 * Queuing is idempotent per {@code dedupKey} and recipient, so a retried process step never
 * sends twice.
 */
@Service
public class Notifications {

  /**
   * Queues one mail per user (their Camunda e-mail address).
   *
   * @param dedupKey identifies this mail event, e.g. {@code REQ-2026-0001:submitted:1}
   * @param template name of the Thymeleaf templates {@code mail/<template>.html} and {@code
   *     .txt}; the subject is the text of the HTML template's {@code <title>}
   * @param userIds Camunda user ids of the recipients
   * @param model template variables
   */
  public void toUsers(String dedupKey, String template, Collection<String> userIds,
      Map<String, Object> model) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Queues one mail to each member of a Camunda group. */
  public void toGroup(String dedupKey, String template, String groupId, Map<String, Object> model) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
