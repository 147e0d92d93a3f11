package org.pmoengine.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One rendered mail to one recipient, waiting in the outbox until the sender delivers it. The
 * version guards the sender's claim, so two running instances never send the same row. A mail
 * that is FAILED stays here for the PMO to read and send again.
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dedup_key", nullable = false, length = 200)
  private String dedupKey;

  @Column(nullable = false, length = 320)
  private String recipient;

  @Column(nullable = false, length = 500)
  private String subject;

  @Column(name = "html_body", nullable = false, length = 100000)
  private String htmlBody;

  @Column(name = "text_body", nullable = false, length = 100000)
  private String textBody;

  @Column(nullable = false, length = 100)
  private String template;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OutboxStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "earlier_attempts", nullable = false)
  private int earlierAttempts;

  @Column(name = "resent_by", length = 64)
  private String resentBy;

  @Column(name = "resent_at")
  private Instant resentAt;

  @Version
  private long version;

  protected OutboxMail() {}

  OutboxMail(String dedupKey, String recipient, RenderedMail mail, String template, Instant now) {
    this.dedupKey = dedupKey;
    this.recipient = recipient;
    this.subject = mail.subject();
    this.htmlBody = mail.html();
    this.textBody = mail.text();
    this.template = template;
    this.status = OutboxStatus.PENDING;
    this.attempts = 0;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getHtmlBody() {
    return htmlBody;
  }

  public String getTextBody() {
    return textBody;
  }

  public String getTemplate() {
    return template;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getLastAttemptAt() {
    return lastAttemptAt;
  }

  /** Attempts made before the PMO's last resend; {@code attempts} counts the current round. */
  public int getEarlierAttempts() {
    return earlierAttempts;
  }

  public String getResentBy() {
    return resentBy;
  }

  public Instant getResentAt() {
    return resentAt;
  }

  public long getVersion() {
    return version;
  }
}
