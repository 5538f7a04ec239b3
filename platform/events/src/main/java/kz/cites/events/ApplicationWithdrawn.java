package kz.cites.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The applicant withdrew a submitted application before a decision; checks and review stop. */
public record ApplicationWithdrawn(
    UUID eventId, Instant occurredAt, UUID applicationId, @Nullable String reason)
    implements ApplicationEvent {}
