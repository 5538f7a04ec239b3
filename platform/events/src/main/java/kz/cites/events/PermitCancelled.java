package kz.cites.events;

import java.time.Instant;
import java.util.UUID;

/** An officer cancelled an issued permit, with the reason. */
public record PermitCancelled(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    String permitNumber,
    String reason,
    String cancelledBy)
    implements ApplicationEvent {}
