package kz.cites.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An application was signed, registered and its term started. */
public record ApplicationSubmitted(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    String registrationNumber,
    Instant submittedAt,
    LocalDate registrationDate,
    Instant dueAt,
    ApplicationSnapshot application)
    implements ApplicationEvent {}
