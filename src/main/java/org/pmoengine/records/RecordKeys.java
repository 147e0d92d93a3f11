package org.pmoengine.records;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out readable record keys, {@code PREFIX-yyyy-nnnn}, numbered per prefix and year
 * without gaps between committed records. The counter row is locked by the update, so two
 * transactions never get the same number; a rolled-back transaction gives its number back.
 */
@Service
public class RecordKeys {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;
  private final Clock clock;

  public RecordKeys(JdbcTemplate jdbc, TransactionTemplate transactionTemplate, Clock clock) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
    this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
    this.clock = clock;
  }

  /** The next key for the prefix in the current year, in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix) {
    int year = LocalDate.now(clock).getYear();
    if (increment(prefix, year) == 0) {
      createCounter(prefix, year);
      increment(prefix, year);
    }
    Integer value = jdbc.queryForObject(
        "select last_value from key_sequence where prefix = ? and key_year = ?",
        Integer.class, prefix, year);
    return "%s-%d-%04d".formatted(prefix, year, value);
  }

  private int increment(String prefix, int year) {
    return jdbc.update(
        "update key_sequence set last_value = last_value + 1 where prefix = ? and key_year = ?",
        prefix, year);
  }

  // its own transaction: a concurrent creator wins the insert, and we simply use its row
  private void createCounter(String prefix, int year) {
    try {
      newTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into key_sequence (prefix, key_year, last_value) values (?, ?, 0)",
          prefix, year));
    } catch (DataIntegrityViolationException alreadyThere) {
      // another transaction created the counter first
    }
  }
}
