package kz.cites.permit.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.events.RefusalGround;

/**
 * The reasoned refusal as the signed document carries it: who was refused what, under which rules
 * and on which of their grounds (each with its legal reference), why in plain language, the hearing
 * held before it (APC art. 73: the notice, the applicant's position or its absence), by whom and
 * when, and how to appeal (to whom, by when, on what basis).
 */
public record RefusalDocument(
    String documentType,
    UUID applicationId,
    String registrationNumber,
    String applicantName,
    String applicantIin,
    String applicantBin,
    String rules,
    List<Ground> grounds,
    String reason,
    HearingHeld hearing,
    boolean automatic,
    Instant decidedAt,
    String decidedBy,
    String issuingAuthority,
    List<AppealRoute> appeal,
    String appealSource) {

  public static final String DOCUMENT_TYPE = "CITES_REFUSAL";

  /**
   * The hearing before the refusal: when the applicant was notified and until when they could
   * answer, any meeting, and their position (text, the documents' names, when) or, without one,
   * when the deadline passed. The refusal's {@code reason} says why the position did not remove the
   * grounds.
   */
  public record HearingHeld(
      Instant notifiedAt,
      Instant answerBy,
      Instant meetingAt,
      String meetingPlace,
      Instant answeredAt,
      String position,
      List<String> documents,
      Instant lapsedAt) {

    public static HearingHeld of(Hearing hearing) {
      if (hearing == null) {
        return null;
      }
      Hearing.Answer answer = hearing.answer();
      return new HearingHeld(
          hearing.notifiedAt(),
          hearing.answerBy(),
          hearing.meeting() == null ? null : hearing.meeting().at(),
          hearing.meeting() == null ? null : hearing.meeting().place(),
          answer == null ? null : answer.answeredAt(),
          answer == null ? null : answer.text(),
          answer == null
              ? List.of()
              : answer.documents().stream()
                  .map(d -> d.fileName() == null ? d.type() : d.fileName())
                  .toList(),
          hearing.lapsedAt());
    }
  }

  /** A ground with its number and where the law says it. */
  public record Ground(RefusalGround ground, int number, String legalReference) {

    public static Ground of(RefusalGround ground) {
      return new Ground(ground, ground.number(), ground.legalReference());
    }
  }
}
