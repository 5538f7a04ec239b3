package kz.cites.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the outbox still holds, for operators: the rows waiting to be published and how old the
 * oldest of them is (gauges {@code cites.outbox.backlog}, {@code cites.outbox.oldest.age}, {@code
 * cites.outbox.parked}), and the health contributor {@code outbox}, DOWN while the oldest waiting
 * row is older than {@code cites.messaging.outbox.stuck-after}: the relay cannot publish (broker
 * away, a bug), so the service's changes no longer reach the others. One query answers all of them,
 * at most once a second however many ask.
 */
public class OutboxBacklog implements HealthIndicator {

  private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final JdbcClient jdbc;
  private final Duration stuckAfter;
  private volatile Snapshot last;
  private volatile long lastTakenAt;

  public OutboxBacklog(JdbcClient jdbc, Duration stuckAfter) {
    this.jdbc = jdbc;
    this.stuckAfter = stuckAfter;
  }

  /**
   * @param waiting rows not yet published (and not parked)
   * @param oldestAge how long the oldest of them has waited (zero when none waits)
   * @param parked rows the broker refused for good, waiting for an operator
   */
  public record Snapshot(long waiting, Duration oldestAge, long parked) {}

  /** The outbox as it is now (or was less than a second ago). */
  public Snapshot snapshot() {
    Snapshot cached = last;
    long now = System.nanoTime();
    if (cached != null && now - lastTakenAt < FRESH_NANOS) {
      return cached;
    }
    Snapshot taken =
        jdbc.sql(
                """
                select count(*) filter (where failed_at is null) as waiting,
                       coalesce(extract(epoch from now() - min(created_at)
                                filter (where failed_at is null)), 0) as oldest_seconds,
                       count(*) filter (where failed_at is not null) as parked
                from outbox_event where published_at is null
                """)
            .query(
                (rs, row) ->
                    new Snapshot(
                        rs.getLong("waiting"),
                        Duration.ofMillis(
                            Math.max(0, Math.round(rs.getDouble("oldest_seconds") * 1000))),
                        rs.getLong("parked")))
            .single();
    last = taken;
    lastTakenAt = now;
    return taken;
  }

  /** Registers the gauges with {@code registry}. */
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("cites.outbox.backlog", this, b -> b.snapshot().waiting())
        .description("Outbox rows recorded but not yet published")
        .baseUnit("rows")
        .register(registry);
    TimeGauge.builder(
            "cites.outbox.oldest.age",
            this,
            TimeUnit.MILLISECONDS,
            b -> b.snapshot().oldestAge().toMillis())
        .description("How long the oldest unpublished outbox row has waited")
        .register(registry);
    Gauge.builder("cites.outbox.parked", this, b -> b.snapshot().parked())
        .description("Outbox rows the broker refused for good, waiting for an operator")
        .baseUnit("rows")
        .register(registry);
  }

  @Override
  public Health health() {
    Snapshot now = snapshot();
    Health.Builder health = now.oldestAge().compareTo(stuckAfter) > 0 ? Health.down() : Health.up();
    return health
        .withDetail("waiting", now.waiting())
        .withDetail("oldestWaiting", now.oldestAge().toString())
        .withDetail("stuckAfter", stuckAfter.toString())
        .withDetail("parked", now.parked())
        .build();
  }
}
