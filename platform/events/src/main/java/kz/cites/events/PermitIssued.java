package kz.cites.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A permit was issued for the application. */
public record PermitIssued(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    String permitNumber,
    PermitType permitType,
    Instant issuedAt,
    LocalDate validUntil)
    implements ApplicationEvent {}
