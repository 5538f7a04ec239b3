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
 *
 * <p>The explanation: an officer's is {@code reason}, in the officer's own words (one language,
 * shown as written). An automatic one is written by permit-service in every language, {@code
 * explanation}, with the codes of what was found in {@code findings}; its {@code reason} is the
 * English text, as before these fields. Both are null (empty) for an officer's, and in events
 * published before them.
 *
 * @param hearingId names this hearing in every later event
 * @param grounds the grounds the authority intends to refuse on
 * @param reason the explanation as one text: an officer's own words, or the English text of an
 *     automatic one
 * @param decidedBy {@code system}, or the IIN of the officer who intends to refuse
 * @param meeting a meeting the officer invites the applicant to, if any
 * @param explanation an automatic explanation in Kazakh, Russian and English (as in
 *     ApplicationRefused)
 * @param findings what the rules found, as codes, one per ground: the ground, the registry check
 *     that found it (null for ground 5 and for an export quota) and the check's finding (e.g.
 *     PERSON_DECEASED, ACTIVITY_BANNED; NO_PERSONAL_DATA_CONSENT for ground 5;
 *     EXPORT_QUOTA_EXHAUSTED or EXPORT_QUOTA_OTHER_UNIT for ground 2 when an export quota of the
 *     year cannot take the export); empty for an officer's explanation
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
    @Nullable Meeting meeting,
    @Nullable LocalizedText explanation,
    @Nullable List<RefusalFinding> findings)
    implements ApplicationEvent {

  public PreliminaryRefusalNotified {
    grounds = grounds == null ? List.of() : List.copyOf(grounds);
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** The event as it was before {@code explanation} and {@code findings}. */
  public PreliminaryRefusalNotified(
      UUID eventId,
      Instant occurredAt,
      UUID applicationId,
      UUID hearingId,
      List<RefusalGround> grounds,
      String reason,
      boolean automatic,
      String decidedBy,
      Meeting meeting) {
    this(
        eventId,
        occurredAt,
        applicationId,
        hearingId,
        grounds,
        reason,
        automatic,
        decidedBy,
        meeting,
        null,
        null);
  }

  /** The explanation in the language of {@code tag}: the written one, else {@code reason}. */
  public String reasonIn(String tag) {
    return explanation == null ? reason : explanation.in(tag);
  }

  /** A hearing in person (or by video link) at a time and place the officer sets. */
  public record Meeting(Instant at, String place) {}
}
