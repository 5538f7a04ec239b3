package kz.cites.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The hearing of a preliminary refusal is open: the applicant may answer until {@code answerBy} (2
 * working days after the notice, from the working calendar). {@code decisionDueAt} is when the
 * final decision is due if the hearing runs to its end: the working day after it (domain.md section
 * 5); an earlier answer brings it forward ({@link HearingAnswered}).
 */
public record HearingScheduled(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    UUID hearingId,
    Instant answerBy,
    Instant decisionDueAt)
    implements ApplicationEvent {}
