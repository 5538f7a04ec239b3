package kz.cites.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reasoned refusal: the grounds of the order and the explanation given to the applicant. As in
 * {@link PreliminaryRefusalNotified}: an officer's explanation is {@code reason}, in the officer's
 * words; an automatic one (the checks' grounds, or a hearing that lapsed on them) is {@code
 * explanation} in every language, with {@code findings} as codes and {@code reason} its English
 * text. {@code explanation} is null and {@code findings} empty for an officer's, and in events
 * published before them.
 */
public record ApplicationRefused(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    List<RefusalGround> grounds,
    String reason,
    boolean automatic,
    LocalizedText explanation,
    List<RefusalFinding> findings)
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
