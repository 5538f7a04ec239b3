package kz.cites.application.webhooks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: exponential back-off ({@code first}, doubling, at most
 * {@code max}) with jitter (each wait shortened by up to a fifth, at random, so that the deliveries
 * to a receiver that was down do not all come back at the same second), until {@code giveUpAfter}
 * has passed since the delivery was queued; the last attempt is made at that moment.
 */
public record RetrySchedule(Duration first, Duration max, Duration giveUpAfter) {

  private static final double JITTER = 0.2;

  public RetrySchedule {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("back-off needs 0 < first <= max");
    }
  }

  /**
   * The time of the next attempt after attempt number {@code attempts} (1 for the first) failed at
   * {@code now}, or empty to give up.
   *
   * @param queuedAt when the delivery was queued (created, or re-queued by a redelivery)
   * @param random a number in [0, 1): how much of the jitter to take
   */
  public Optional<Instant> nextAttempt(int attempts, Instant queuedAt, Instant now, double random) {
    Instant deadline = queuedAt.plus(giveUpAfter);
    if (!now.isBefore(deadline)) {
      return Optional.empty();
    }
    Duration wait = delay(attempts);
    wait = wait.minusMillis((long) (wait.toMillis() * JITTER * random));
    Instant next = now.plus(wait);
    return Optional.of(next.isAfter(deadline) ? deadline : next);
  }

  /** The wait after attempt number {@code attempts}, before jitter: first * 2^(attempts-1). */
  public Duration delay(int attempts) {
    Duration wait = first;
    for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
