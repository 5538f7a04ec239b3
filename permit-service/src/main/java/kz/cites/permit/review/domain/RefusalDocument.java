package kz.cites.permit.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.cites.events.RefusalFinding;
import kz.cites.events.RefusalGround;

/**
 * The reasoned refusal as the signed document carries it: who was refused what, under which rules
 * and on which of their grounds, why, the hearing held before it (APC art. 73: the notice, the
 * applicant's position or its absence), by whom and when, and how to appeal. What the refusal says
 * in words is in {@code texts}, once per language of {@link #LANGUAGES} (Kazakh and Russian, the
 * document's authentic languages, and an English translation), so the signature covers every text
 * the printed refusal can show; the rest are codes, names, numbers and instants, the same in every
 * language (ADR 0010).
 *
 * <p>The members of the first version stay, with their meaning: {@code rules}, {@code
 * grounds[].legalReference}, {@code issuingAuthority}, {@code appeal} and {@code appealSource} in
 * English, {@code reason} the officer's words or the English explanation. A refusal signed before
 * {@code texts} existed has only those, and prints in English.
 *
 * @param findings the codes of what the rules found, for an automatic explanation; empty for an
 *     officer's
 * @param decidedByName the deciding officer's name as the identity provider's token gives it (never
 *     an IIN on paper); null for a decision of the rules, or a token that named nobody
 * @param texts what the refusal says, by language tag ({@code kk}, {@code ru}, {@code en})
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
    String appealSource,
    List<RefusalFinding> findings,
    String decidedByName,
    Map<String, Wording> texts) {

  public static final String DOCUMENT_TYPE = "CITES_REFUSAL";

  /**
   * The languages a refusal is written in: Kazakh (the state language) and Russian (the official
   * language), both authentic, and English, a translation for foreign readers.
   */
  public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

  public RefusalDocument {
    findings = findings == null ? List.of() : List.copyOf(findings);
    texts = texts == null ? null : Map.copyOf(texts);
  }

  /**
   * What the refusal says in {@code language}; for a refusal of the first version (English only)
   * its English members, and null in any other language.
   */
  public Wording wording(String language) {
    if (texts != null) {
      return texts.get(language);
    }
    if (!"en".equals(language)) {
      return null;
    }
    return new Wording(
        issuingAuthority,
        rules,
        grounds == null
            ? List.of()
            : grounds.stream()
                .map(g -> new GroundWording(g.ground(), g.number(), null, g.legalReference()))
                .toList(),
        reason,
        appeal == null ? List.of() : appeal,
        appealSource);
  }

  /** Whether it was signed in more than English ({@code texts} exists). */
  public boolean inEveryLanguage() {
    return texts != null;
  }

  /**
   * What the refusal says in one language: the authority's name, the rules, each ground's wording
   * and where the rules state it, the explanation (an officer's own words are the same in every
   * language), the appeal routes and their source.
   */
  public record Wording(
      String issuingAuthority,
      String rules,
      List<GroundWording> grounds,
      String explanation,
      List<AppealRoute> appeal,
      String appealSource) {

    public Wording {
      grounds = grounds == null ? List.of() : List.copyOf(grounds);
      appeal = appeal == null ? List.of() : List.copyOf(appeal);
    }
  }

  /**
   * A ground in one language: its number (item 9's subitem), the order's wording (null in a refusal
   * of the first version) and where the rules state it.
   */
  public record GroundWording(
      RefusalGround ground, int number, String wording, String legalReference) {}

  /**
   * The hearing before the refusal: when the applicant was notified and until when they could
   * answer, any meeting, and their position (text, the documents' names, when) or, without one,
   * when the deadline passed. The refusal's explanation says why the position did not remove the
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

  /**
   * A ground with its number and, as the first version says it, where the law says it (English).
   */
  public record Ground(RefusalGround ground, int number, String legalReference) {}
}
