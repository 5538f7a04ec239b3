package kz.cites.application.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One step in an application's life: the status after it, when it happened, a note for the
 * applicant, and the kind of event that caused it (each kind is recorded once).
 */
@Embeddable
public record HistoryEntry(
    @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false)
        ApplicationStatus status,
    @Column(name = "occurred_at", nullable = false) Instant at,
    @Column(name = "note", nullable = false) String note,
    @Column(name = "event", nullable = false) String event) {}
