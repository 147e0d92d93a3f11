package org.pmoengine.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository
    extends JpaRepository<OutboxMail, Long>, JpaSpecificationExecutor<OutboxMail> {

  boolean existsByDedupKeyAndRecipient(String dedupKey, String recipient);

  @Query("""
      select m from OutboxMail m
      where m.status = org.pmoengine.notification.OutboxStatus.PENDING and m.nextAttemptAt <= :now
      order by m.nextAttemptAt, m.id""")
  List<OutboxMail> findDue(@Param("now") Instant now, Pageable batch);

  /**
   * Claims a due row for one delivery attempt: counts the attempt, records when it started and
   * pushes the next attempt out to {@code retryAt}, all conditional on the version read and on
   * the row being due at {@code now}. Zero rows updated means another sender took it. The caller
   * reads {@code now} from the clock right before, so a row claimed late in a long batch is still
   * held for its whole backoff against other senders.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update OutboxMail m
      set m.attempts = m.attempts + 1, m.lastAttemptAt = :now, m.nextAttemptAt = :retryAt,
          m.version = m.version + 1
      where m.id = :id and m.version = :version
        and m.status = org.pmoengine.notification.OutboxStatus.PENDING
        and m.nextAttemptAt <= :now""")
  int claim(@Param("id") long id, @Param("version") long version, @Param("now") Instant now,
      @Param("retryAt") Instant retryAt);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update OutboxMail m
      set m.status = org.pmoengine.notification.OutboxStatus.SENT, m.sentAt = :sentAt,
          m.lastError = null, m.version = m.version + 1
      where m.id = :id and m.version = :version""")
  int markSent(@Param("id") long id, @Param("version") long version,
      @Param("sentAt") Instant sentAt);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update OutboxMail m
      set m.status = :status, m.lastError = :error, m.nextAttemptAt = :retryAt,
          m.version = m.version + 1
      where m.id = :id and m.version = :version""")
  int markAttemptFailed(@Param("id") long id, @Param("version") long version,
      @Param("status") OutboxStatus status, @Param("error") String error,
      @Param("retryAt") Instant retryAt);

  /**
   * Puts an undelivered (FAILED) mail back in line, due now, for a fresh round of attempts; the
   * attempts of the rounds before are added to {@code earlierAttempts}. Zero rows updated means
   * the mail is not (or no longer) FAILED.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update OutboxMail m
      set m.status = org.pmoengine.notification.OutboxStatus.PENDING, m.nextAttemptAt = :now,
          m.earlierAttempts = m.earlierAttempts + m.attempts, m.attempts = 0,
          m.resentBy = :userId, m.resentAt = :now, m.version = m.version + 1
      where m.id = :id and m.status = org.pmoengine.notification.OutboxStatus.FAILED""")
  int resend(@Param("id") long id, @Param("userId") String userId, @Param("now") Instant now);
}
