package kz.cites.fee.assessment.persistence;

import kz.cites.fee.assessment.domain.PayerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A transaction-scoped PostgreSQL advisory lock per payer (a 64-bit hash of the IIN/BIN; two payers
 * sharing a hash only wait for each other). Released at commit or rollback.
 */
@Repository
class JdbcPayerLock implements PayerLock {

  private final JdbcClient jdbc;

  JdbcPayerLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void lock(String payerId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:payer, 7301))")
        .param("payer", payerId)
        .query((rs, row) -> 1)
        .list();
  }
}
