package kz.cites.permit.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ApplicationRefused;
import kz.cites.events.PermitIssued;
import kz.cites.events.PermitType;
import kz.cites.events.RefusalGround;
import org.junit.jupiter.api.Test;

/** Decisions counted by kind and by who decided, from the events the service committed. */
class ReviewMetricsTest {

  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final ReviewMetrics metrics = new ReviewMetrics(null, Clock.systemUTC());

  @Test
  void decisionsAreCountedByKindAndByWhoDecided() {
    metrics.bindTo(meters);
    Instant now = Instant.parse("2026-03-02T10:00:00Z");
    metrics.committed(
        new PermitIssued(
            UUID.randomUUID(),
            now,
            UUID.randomUUID(),
            "26KZ000001",
            PermitType.EXPORT,
            now,
            LocalDate.of(2026, 9, 2)));
    metrics.committed(
        new ApplicationRefused(
            UUID.randomUUID(),
            now,
            UUID.randomUUID(),
            List.of(RefusalGround.COURT_BAN),
            "court ban",
            true));

    assertThat(count("issued", "any")).isEqualTo(1);
    assertThat(count("refused", "automatic")).isEqualTo(1);
    assertThat(meters.find("cites.decisions").tags("kind", "refused", "by", "officer").counter())
        .isNull();
  }

  private double count(String kind, String by) {
    return meters.get("cites.decisions").tags("kind", kind, "by", by).counter().count();
  }
}
