package kz.cites.events;

import java.time.Instant;
import java.util.UUID;

/** Verification and fee are in; the application is under review until its due time. */
public record ReviewCaseOpened(UUID eventId, Instant occurredAt, UUID applicationId, Instant dueAt)
    implements ApplicationEvent {}
