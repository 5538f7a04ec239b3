package kz.cites.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reasoned refusal: the grounds of the order and the explanation given to the applicant. */
public record ApplicationRefused(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    List<RefusalGround> grounds,
    String reason,
    boolean automatic)
    implements ApplicationEvent {}
