package org.pmoengine.records;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out readable record keys, {@code PREFIX-yyyy-nnnn}, numbered per prefix and year.
 *
 * <p>Each number is taken in a short transaction of its own, on a small connection pool of its
 * own: the counter row is locked for a moment, not for the whole submission, so concurrent
 * submissions don't queue behind each other, and the pool can't be starved by the transactions
 * that wait for a key. A number is never handed out twice; a submission that fails after taking
 * its number leaves a gap.
 */
@Service
public class RecordKeys implements DisposableBean {

  private final HikariDataSource pool;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public RecordKeys(DataSourceProperties dataSource, Clock clock) {
    this.pool = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    this.pool.setPoolName("record-keys");
    this.pool.setMaximumPoolSize(2);
    this.pool.setMinimumIdle(0);
    this.jdbc = new JdbcTemplate(pool);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
    this.clock = clock;
  }

  /** The next key for the prefix in the current year. */
  public String next(String prefix) {
    int year = LocalDate.now(clock).getYear();
    Integer value = take(prefix, year);
    if (value == null) {
      createCounter(prefix, year);
      value = take(prefix, year);
    }
    return "%s-%d-%04d".formatted(prefix, year, value);
  }

  // the update locks the counter row until this short transaction commits
  private Integer take(String prefix, int year) {
    return transaction.execute(status -> {
      int updated = jdbc.update(
          "update key_sequence set last_value = last_value + 1 where prefix = ? and key_year = ?",
          prefix, year);
      return updated == 0 ? null : jdbc.queryForObject(
          "select last_value from key_sequence where prefix = ? and key_year = ?",
          Integer.class, prefix, year);
    });
  }

  private void createCounter(String prefix, int year) {
    try {
      transaction.executeWithoutResult(status -> jdbc.update(
          "insert into key_sequence (prefix, key_year, last_value) values (?, ?, 0)",
          prefix, year));
    } catch (DataIntegrityViolationException alreadyThere) {
      // another transaction created the counter first; its row serves us too
    }
  }

  @Override
  public void destroy() {
    pool.close();
  }
}
