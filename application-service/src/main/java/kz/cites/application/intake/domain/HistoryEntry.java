package kz.cites.application.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One step in an application's life: the status after it, when it happened, the kind of event that
 * caused it (each kind is recorded once, hearing steps once per hearing) and the values its note
 * names. The note for the applicant is never stored as a sentence of one language: it is written
 * when read, in the reader's language, from the kind ({@link HistoryNote}) and the arguments.
 */
@Embeddable
public record HistoryEntry(
    @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false)
        ApplicationStatus status,
    @Column(name = "occurred_at", nullable = false) Instant at,
    @Column(name = "event", nullable = false) String event,
    @Column(name = "arguments", nullable = false, columnDefinition = "jsonb")
        @ColumnTransformer(write = "?::jsonb")
        HistoryArguments arguments) {

  public HistoryEntry {
    arguments = arguments == null ? HistoryArguments.none() : arguments;
  }
}
