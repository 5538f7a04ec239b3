package kz.cites.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The hearing's deadline passed without an answer: the refusal becomes final on the grounds
 * notified. Announced once, by application-service, which takes the answers: an answer and a lapse
 * of one hearing exclude each other.
 */
public record HearingLapsed(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    UUID hearingId,
    Instant answerBy,
    Instant decisionDueAt)
    implements ApplicationEvent {}
