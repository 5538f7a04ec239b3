package kz.cites.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The application is not accepted for consideration: its package was still incomplete when the
 * duty's grace period ended (the duty unpaid, underpaid or paid by someone else; Law "On state
 * services": the provider does not accept an incomplete package). Not a refusal: it names none of
 * the five grounds, and nothing is issued. {@code duty} says what fee-service found; {@code
 * explanation} explains it to the applicant in every language, and {@code reason} is its English
 * text (as before {@code explanation}, which is null in events published before it).
 *
 * @param duty what fee-service found: UNPAID, UNDERPAID or PAID_BY_ANOTHER_PAYER
 * @param reason the explanation in English, as before {@code explanation} existed
 * @param explanation the explanation in Kazakh, Russian and English (the duty due and what was
 *     paid)
 */
public record ApplicationNotAccepted(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    FeeRejected.@Nullable Reason duty,
    String reason,
    @Nullable LocalizedText explanation)
    implements ApplicationEvent {

  /** The event as it was before {@code explanation}. */
  public ApplicationNotAccepted(
      UUID eventId,
      Instant occurredAt,
      UUID applicationId,
      FeeRejected.Reason duty,
      String reason) {
    this(eventId, occurredAt, applicationId, duty, reason, null);
  }

  /** The explanation in the language of {@code tag}: the written one, else {@code reason}. */
  public String reasonIn(String tag) {
    return explanation == null ? reason : explanation.in(tag);
  }
}
