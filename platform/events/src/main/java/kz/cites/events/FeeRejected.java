package kz.cites.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The duty was not paid as required; a ground for refusal (the materials do not meet the rules).
 */
public record FeeRejected(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    BigDecimal amount,
    BigDecimal paid,
    Reason reason)
    implements ApplicationEvent {

  public enum Reason {
    UNPAID,
    UNDERPAID,
    PAID_BY_ANOTHER_PAYER
  }
}
