package kz.cites.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The state duty for an application was assessed: multiplier x MCI of the registration year. */
public record FeeAssessed(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    BigDecimal amount,
    String currency,
    int mciYear,
    BigDecimal mciValue,
    int multiplier,
    String legalReference)
    implements ApplicationEvent {}
