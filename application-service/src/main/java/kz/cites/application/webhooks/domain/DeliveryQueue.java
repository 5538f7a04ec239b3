package kz.cites.application.webhooks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The webhook outbox as the dispatcher works it, safe with several instances: due deliveries are
 * claimed with a lease ({@code FOR UPDATE SKIP LOCKED}), and an outcome counts only from the holder
 * of the lease.
 */
public interface DeliveryQueue {

  /**
   * Leases up to {@code limit} due PENDING deliveries, oldest first, at most one of each
   * subscription and application: a delivery waits while an earlier one of the same pair is
   * PENDING, so an application's changes reach a receiver in order.
   */
  List<ClaimedDelivery> claim(Instant now, Duration lease, int limit);

  /** The receiver answered 2xx. */
  void delivered(ClaimedDelivery delivery, Instant at, int statusCode);

  /**
   * The attempt failed ({@code statusCode} null when no answer came); {@code nextAttemptAt} null
   * gives up (FAILED).
   */
  void failed(
      ClaimedDelivery delivery,
      Instant at,
      Integer statusCode,
      String error,
      Instant nextAttemptAt);

  /** Removes deliveries DELIVERED before {@code before}; how many. */
  int purgeDelivered(Instant before);
}
