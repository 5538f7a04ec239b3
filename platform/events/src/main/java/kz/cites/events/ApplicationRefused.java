package kz.cites.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reasoned refusal: the grounds of the order and the explanation given to the applicant. As in
 * {@link PreliminaryRefusalNotified}: an officer's explanation is {@code reason}, in the officer's
 * words; an automatic one (the checks' grounds, or a hearing that lapsed on them) is {@code
 * explanation} in every language, with {@code findings} as codes and {@code reason} its English
 * text. {@code explanation} is null and {@code findings} empty for an officer's, and in events
 * published before them.
 *
 * @param grounds the grounds of the order (Annex 2, item 9) the refusal rests on
 * @param reason the explanation as one text: an officer's own words, or the English text of an
 *     automatic one
 * @param automatic true when the grounds came from the checks (or a lapsed hearing on them)
 * @param explanation an automatic explanation in Kazakh, Russian and English, a sentence per ground
 *     quoting what the check found; a consumer shows the reader's language, else {@code reason}
 * @param findings what the rules found, as codes, one per ground: the ground, the registry check
 *     that found it (null for ground 5 and for an export quota) and the check's finding (e.g.
 *     PERSON_DECEASED, ACTIVITY_BANNED; NO_PERSONAL_DATA_CONSENT for ground 5;
 *     EXPORT_QUOTA_EXHAUSTED or EXPORT_QUOTA_OTHER_UNIT for ground 2 when an export quota of the
 *     year cannot take the export); empty for an officer's explanation
 */
public record ApplicationRefused(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    List<RefusalGround> grounds,
    String reason,
    boolean automatic,
    @Nullable LocalizedText explanation,
    @Nullable List<RefusalFinding> findings)
    implements ApplicationEvent {

  public ApplicationRefused {
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** The event as it was before {@code explanation} and {@code findings}. */
  public ApplicationRefused(
      UUID eventId,
      Instant occurredAt,
      UUID applicationId,
      List<RefusalGround> grounds,
      String reason,
      boolean automatic) {
    this(eventId, occurredAt, applicationId, grounds, reason, automatic, null, null);
  }

  /** The explanation in the language of {@code tag}: the written one, else {@code reason}. */
  public String reasonIn(String tag) {
    return explanation == null ? reason : explanation.in(tag);
  }
}
