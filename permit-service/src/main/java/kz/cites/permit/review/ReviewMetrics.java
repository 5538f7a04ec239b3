package kz.cites.permit.review;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import kz.cites.events.ApplicationRefused;
import kz.cites.events.CitesEvent;
import kz.cites.events.PermitIssued;
import kz.cites.events.PreliminaryRefusalNotified;
import kz.cites.events.ReviewOverdue;
import kz.cites.messaging.CommittedEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The authority's business as metrics, counted from what it committed (platform/messaging's {@link
 * CommittedEvents}, so a rolled-back decision counts nothing):
 *
 * <ul>
 *   <li>{@code cites.decisions{kind, by}}: {@code kind} {@code issued}, {@code refused} or {@code
 *       preliminary-refusal}; {@code by} {@code officer} or {@code automatic} (a permit's issuer is
 *       not in its event: {@code any});
 *   <li>{@code cites.review.overdue.announced}: cases that passed their term undecided;
 *   <li>{@code cites.review.overdue}: cases undecided past their term right now (a gauge).
 * </ul>
 */
@Component
public class ReviewMetrics implements CommittedEvents, MeterBinder {

  private final JdbcClient jdbc;
  private final Clock clock;
  private MeterRegistry meters;

  ReviewMetrics(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.meters = registry;
    Gauge.builder("cites.review.overdue", this, ReviewMetrics::overdueNow)
        .description("Review cases undecided after their term ended")
        .baseUnit("cases")
        .register(registry);
  }

  /** Cases undecided past their term at the service's clock (the overdue index serves it). */
  long overdueNow() {
    Long count =
        jdbc.sql(
                """
                select count(*) from review_case
                where status in ('COLLECTING', 'IN_REVIEW', 'HEARING') and term_ends_at < :now
                """)
            .param("now", Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    return count == null ? 0 : count;
  }

  @Override
  public void committed(CitesEvent event) {
    if (meters == null) {
      return;
    }
    switch (event) {
      case PermitIssued issued -> decision("issued", "any");
      case ApplicationRefused refused -> decision("refused", by(refused.automatic()));
      case PreliminaryRefusalNotified notified ->
          decision("preliminary-refusal", by(notified.automatic()));
      case ReviewOverdue overdue ->
          Counter.builder("cites.review.overdue.announced")
              .description("Review cases that passed their term undecided")
              .register(meters)
              .increment();
      default -> {}
    }
  }

  private void decision(String kind, String by) {
    Counter.builder("cites.decisions")
        .description("Decisions on applications, by kind and by who decided")
        .tag("kind", kind)
        .tag("by", by)
        .register(meters)
        .increment();
  }

  private static String by(boolean automatic) {
    return automatic ? "automatic" : "officer";
  }
}
