package kz.cites.permit.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.events.RefusalGround;

/**
 * The reasoned refusal as the signed document carries it: who was refused what, on which grounds of
 * the order (each with its legal reference), why in plain language, by whom and when.
 */
public record RefusalDocument(
    String documentType,
    UUID applicationId,
    String registrationNumber,
    String applicantName,
    String applicantIin,
    String applicantBin,
    List<Ground> grounds,
    String reason,
    boolean automatic,
    Instant decidedAt,
    String decidedBy,
    String issuingAuthority) {

  public static final String DOCUMENT_TYPE = "CITES_REFUSAL";

  /** A ground with its number and where the law says it. */
  public record Ground(RefusalGround ground, int number, String legalReference) {

    public static Ground of(RefusalGround ground) {
      return new Ground(ground, ground.number(), ground.legalReference());
    }
  }
}
