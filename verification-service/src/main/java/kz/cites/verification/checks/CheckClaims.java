package kz.cites.verification.checks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import kz.cites.verification.VerificationProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which instance asks about which check, as a claim in the database rather than a set in one
 * instance's memory: every instance of verification-service runs re-check rounds, and a check
 * waiting for its registry must be asked by one of them at a time. A claim is a lease ({@code
 * cites.verification.check-lease}, longer than any ask with its retries): the claimant releases it
 * when the outcome is stored; the claim of an instance that died expires and the next round of any
 * instance takes the check again. Times are the database's, the one clock all instances share.
 */
@Component
class CheckClaims {

  /** This instance, as claims name it: for operators reading the table. */
  private static final String INSTANCE =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);

  private final JdbcClient jdbc;
  private final Duration lease;
  private final String instance;

  @Autowired
  CheckClaims(JdbcClient jdbc, VerificationProperties properties) {
    this(jdbc, properties.checkLease(), INSTANCE);
  }

  CheckClaims(JdbcClient jdbc, Duration lease, String instance) {
    this.jdbc = jdbc;
    this.lease = lease;
    this.instance = instance;
  }

  /**
   * Claims up to {@code limit} checks without a definite outcome of applications still under
   * verification that nobody holds, oldest application first; rows another instance is claiming
   * right now are skipped, not waited for.
   */
  List<UUID> claimWaiting(int limit) {
    return jdbc.sql(
            """
            update verification_check c
               set claimed_by = :instance, claimed_until = now() + make_interval(secs => :lease)
             where c.id in (
                   select w.id from verification_check w
                     join verification v on v.application_id = w.application_id
                    where w.status in ('PENDING', 'UNAVAILABLE')
                      and v.status = 'IN_PROGRESS'
                      and (w.claimed_until is null or w.claimed_until < now())
                    order by v.opened_at
                    limit :limit
                      for update of w skip locked)
            returning c.id
            """)
        .param("instance", instance)
        .param("lease", (double) lease.toMillis() / 1000)
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  /**
   * Claims the freshly opened checks nobody holds yet, in the transaction that stores them; answers
   * those it got.
   */
  List<UUID> claim(Collection<UUID> checkIds) {
    if (checkIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            update verification_check
               set claimed_by = :instance, claimed_until = now() + make_interval(secs => :lease)
             where id in (:ids)
               and (claimed_until is null or claimed_until < now())
            returning id
            """)
        .param("instance", instance)
        .param("lease", (double) lease.toMillis() / 1000)
        .param("ids", checkIds)
        .query(UUID.class)
        .list();
  }

  /** Gives the check back (its outcome is stored, or storing it failed). */
  void release(UUID checkId) {
    release(List.of(checkId));
  }

  /** Gives the checks back in one statement (their outcomes are stored, or storing them failed). */
  void release(Collection<UUID> checkIds) {
    if (checkIds.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            update verification_check set claimed_by = null, claimed_until = null
             where id in (:ids) and claimed_by = :instance
            """)
        .param("ids", checkIds)
        .param("instance", instance)
        .update();
  }
}
