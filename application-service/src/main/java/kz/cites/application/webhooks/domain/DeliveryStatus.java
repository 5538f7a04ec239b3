package kz.cites.application.webhooks.domain;

/** Where a delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its (next) attempt, or for an earlier delivery of the same application. */
  PENDING,
  /** The receiver answered 2xx. */
  DELIVERED,
  /** Given up: no attempt succeeded within {@code cites.webhooks.give-up-after}; re-sendable. */
  FAILED
}
