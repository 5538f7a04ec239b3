package kz.cites.permit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The tests' clock: stands still at {@link IntegrationTest#NOW} unless a test moves it. */
public final class TestClock extends Clock {

  private volatile Instant now = IntegrationTest.NOW;

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** Back to {@link IntegrationTest#NOW}; tests that move the clock call it when done. */
  public void reset() {
    now = IntegrationTest.NOW;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }
}
