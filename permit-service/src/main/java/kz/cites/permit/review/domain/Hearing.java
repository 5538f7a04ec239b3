package kz.cites.permit.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.events.HearingAnswered;
import kz.cites.events.LocalizedText;
import kz.cites.events.PreliminaryRefusalNotified;
import kz.cites.events.RefusalFinding;
import kz.cites.events.RefusalGround;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The hearing of a preliminary refusal (Administrative Procedural Code, article 73): what the
 * applicant was notified of, by whom and when, the deadline application-service set, and how it
 * ended: the applicant's position, or the deadline passing ({@code lapsedAt}). Immutable; the case
 * replaces it as the hearing goes on.
 *
 * @param reason the explanation: an officer's own words, or the English text of an automatic one
 * @param notifiedBy {@code system} for grounds found by the checks, else the officer's IIN
 * @param answerBy null until application-service announced the deadline
 * @param decisionDueAt when the final decision is due (the working day after the hearing ends)
 * @param explanation an automatic explanation in every language, as notified; null for an officer's
 *     (and for hearings notified before it was kept)
 * @param findings the codes of what the rules found; empty for an officer's
 */
public record Hearing(
    UUID id,
    List<RefusalGround> grounds,
    String reason,
    String notifiedBy,
    Instant notifiedAt,
    PreliminaryRefusalNotified.Meeting meeting,
    Instant answerBy,
    Instant decisionDueAt,
    Answer answer,
    Instant lapsedAt,
    LocalizedText explanation,
    List<RefusalFinding> findings) {

  public Hearing {
    grounds = grounds == null ? List.of() : List.copyOf(grounds);
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** The applicant's position: the text and the documents given with it. */
  @NullMarked
  public record Answer(
      @Nullable String text, List<HearingAnswered.Document> documents, Instant answeredAt) {
    public Answer {
      documents = documents == null ? List.of() : List.copyOf(documents);
    }
  }

  static Hearing notified(
      List<RefusalGround> grounds,
      Explained reason,
      String notifiedBy,
      Instant notifiedAt,
      PreliminaryRefusalNotified.Meeting meeting) {
    return new Hearing(
        UUID.randomUUID(),
        grounds,
        reason.text(),
        notifiedBy,
        notifiedAt,
        meeting,
        null,
        null,
        null,
        null,
        reason.inEveryLanguage(),
        reason.findings());
  }

  /** The explanation as notified: its one text, its texts in every language and its codes. */
  public Explained explained() {
    return new Explained(reason, explanation, findings);
  }

  /** The hearing ended: answered or lapsed. */
  public boolean ended() {
    return answer != null || lapsedAt != null;
  }

  public boolean automatic() {
    return ReviewCase.SYSTEM.equals(notifiedBy);
  }

  Hearing scheduled(Instant answerBy, Instant decisionDueAt) {
    return new Hearing(
        id,
        grounds,
        reason,
        notifiedBy,
        notifiedAt,
        meeting,
        answerBy,
        decisionDueAt,
        answer,
        lapsedAt,
        explanation,
        findings);
  }

  Hearing answered(Answer answer, Instant decisionDueAt) {
    return new Hearing(
        id,
        grounds,
        reason,
        notifiedBy,
        notifiedAt,
        meeting,
        answerBy,
        decisionDueAt,
        answer,
        lapsedAt,
        explanation,
        findings);
  }

  Hearing lapsed(Instant at, Instant answerBy, Instant decisionDueAt) {
    return new Hearing(
        id,
        grounds,
        reason,
        notifiedBy,
        notifiedAt,
        meeting,
        answerBy,
        decisionDueAt,
        answer,
        at,
        explanation,
        findings);
  }
}
