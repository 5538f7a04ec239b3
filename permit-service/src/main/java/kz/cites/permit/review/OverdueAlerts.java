package kz.cites.permit.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ReviewOverdue;
import kz.cites.messaging.Outbox;
import kz.cites.permit.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces every undecided case that passed its due time, once per case: {@code ReviewOverdue} is
 * recorded in the same transaction that marks the case notified. The marking is one conditional
 * update, so overlapping runs (or instances) cannot both announce a case: the second waits for the
 * first's row lock and then no longer matches.
 */
@Component
public class OverdueAlerts {

  private static final Logger log = LoggerFactory.getLogger(OverdueAlerts.class);

  private record Overdue(UUID applicationId, Instant dueAt) {}

  private final JdbcClient jdbc;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Clock clock;

  OverdueAlerts(JdbcClient jdbc, Outbox outbox, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${cites.review.overdue-check-interval:PT1M}",
      initialDelayString = "${cites.review.overdue-check-interval:PT1M}")
  void scheduled() {
    announce();
  }

  /** Announces what became overdue since the last run; returns how many cases. */
  @Transactional
  public int announce() {
    Instant now = clock.instant();
    List<Overdue> overdue =
        jdbc.sql(
                """
                update review_case set overdue_notified_at = :now
                where status in ('COLLECTING', 'IN_REVIEW') and due_at < :now
                  and overdue_notified_at is null
                returning application_id, due_at
                """)
            .param("now", Timestamp.from(now))
            .query(
                (rs, row) ->
                    new Overdue(
                        rs.getObject("application_id", UUID.class),
                        rs.getTimestamp("due_at").toInstant()))
            .list();
    for (Overdue c : overdue) {
      outbox.record(new ReviewOverdue(UUID.randomUUID(), now, c.applicationId(), c.dueAt()));
      audit.record(
          c.applicationId(),
          AuditTrail.Action.OVERDUE,
          AuditTrail.SYSTEM,
          now,
          "Undecided after due " + c.dueAt());
    }
    if (!overdue.isEmpty()) {
      log.warn("{} review case(s) passed their due time undecided", overdue.size());
    }
    return overdue.size();
  }
}
