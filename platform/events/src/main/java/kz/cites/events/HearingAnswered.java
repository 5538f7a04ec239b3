package kz.cites.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The applicant stated a position in the hearing, in time: the text and the documents uploaded for
 * it (readable by officers at application-service's document endpoint). The hearing ends with it;
 * the final decision is due by {@code decisionDueAt}, the working day after.
 */
public record HearingAnswered(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    UUID hearingId,
    String text,
    List<Document> documents,
    Instant answeredAt,
    Instant decisionDueAt)
    implements ApplicationEvent {

  public HearingAnswered {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /** A document the applicant gave with the position. */
  public record Document(UUID documentId, String type, String fileName, String mediaType) {}
}
