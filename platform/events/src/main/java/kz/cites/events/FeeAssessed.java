package kz.cites.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The state duty for an application was assessed: multiplier x MCI of the registration year, i.e.
 * the duty of a payment made on the registration date. What a payment actually owes is the duty in
 * force on the day it is made (Tax Code); {@link FeeConfirmed} and {@link FeeRejected} say which
 * MCI applied.
 */
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
