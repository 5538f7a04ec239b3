package kz.cites.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A review case passed its due time (3 working days) without a decision; published once per case.
 */
public record ReviewOverdue(UUID eventId, Instant occurredAt, UUID applicationId, Instant dueAt)
    implements ApplicationEvent {}
