package kz.cites.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The authority intends to refuse and notifies the applicant first (Administrative Procedural Code,
 * article 73; domain.md section 5, "Hearing before refusal"): the grounds found, the explanation,
 * and how the hearing is held. The applicant may state a position within 2 working days; the
 * deadline is set by application-service, which takes the answer, and announced with {@link
 * HearingScheduled}. {@code hearingId} names this hearing in every later event; {@code automatic}
 * is true when the grounds came from the checks, false when an officer intends to refuse ({@code
 * decidedBy} the officer's IIN). {@code meeting} is set when the officer also invites the applicant
 * to a meeting; the position can be given in writing through the API either way.
 */
public record PreliminaryRefusalNotified(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    UUID hearingId,
    List<RefusalGround> grounds,
    String reason,
    boolean automatic,
    @Nullable String decidedBy,
    @Nullable Meeting meeting)
    implements ApplicationEvent {

  public PreliminaryRefusalNotified {
    grounds = grounds == null ? List.of() : List.copyOf(grounds);
  }

  /** A hearing in person (or by video link) at a time and place the officer sets. */
  public record Meeting(Instant at, String place) {}
}
