package kz.cites.permit.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ReviewOverdue;
import kz.cites.messaging.Outbox;
import kz.cites.permit.audit.AuditTrail;
import kz.cites.permit.review.domain.ReviewCase;
import kz.cites.permit.review.domain.ReviewCaseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces every case that became overdue ({@link ReviewCase#overdueAt}), once per case: {@code
 * ReviewOverdue} is recorded in the same transaction that marks the case announced. The cases are
 * read with their rows locked, so overlapping runs (or instances) cannot both announce a case: the
 * second waits for the first's row locks and then no longer finds it.
 */
@Component
public class OverdueAlerts {

  private static final Logger log = LoggerFactory.getLogger(OverdueAlerts.class);

  private final ReviewCaseRepository cases;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Clock clock;

  OverdueAlerts(ReviewCaseRepository cases, Outbox outbox, AuditTrail audit, Clock clock) {
    this.cases = cases;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Announces what became overdue since the last run; returns how many cases. Scheduled itself, so
   * that the scheduler calls it through the transactional proxy: a scheduled method of this class
   * calling it would bypass the proxy and run without the transaction its row locks need (it did,
   * failing every minute with "No active transaction").
   */
  @Scheduled(
      fixedDelayString = "${cites.review.overdue-check-interval:PT1M}",
      initialDelayString = "${cites.review.overdue-check-interval:PT1M}")
  @Transactional
  public int announce() {
    Instant now = clock.instant();
    List<ReviewCase> overdue =
        cases.lockOverdueNotAnnounced(now).stream().filter(c -> c.announceOverdue(now)).toList();
    for (ReviewCase c : overdue) {
      outbox.record(new ReviewOverdue(UUID.randomUUID(), now, c.applicationId(), c.termEndsAt()));
      audit.record(
          c.applicationId(),
          AuditTrail.Action.OVERDUE,
          AuditTrail.SYSTEM,
          now,
          "Undecided after the term ended " + c.termEndsAt());
    }
    if (!overdue.isEmpty()) {
      log.warn("{} review case(s) passed their due time undecided", overdue.size());
    }
    return overdue.size();
  }
}
