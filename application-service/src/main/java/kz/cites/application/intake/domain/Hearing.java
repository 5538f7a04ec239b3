package kz.cites.application.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kz.cites.events.LocalizedText;
import kz.cites.events.RefusalGround;
import kz.cites.jpa.NewRowEntity;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The hearing of a preliminary refusal, as the applicant takes part in it (APC art. 73): what the
 * authority notified, the deadline set here from the working calendar, and how it ended: the
 * applicant's position (text and documents) or the deadline passing. This service is the one judge
 * of the answer window: an answer and a lapse of one hearing are taken under the application's row
 * lock, so they exclude each other, and permit-service follows what is announced.
 */
@Entity
@Table(name = "hearing")
public class Hearing extends NewRowEntity {

  @Column(name = "application_id", nullable = false)
  private UUID applicationId;

  @Column(name = "grounds", nullable = false)
  private String grounds;

  /** The explanation: an officer's own words, or the English text of an automatic one. */
  @Column(name = "reason", nullable = false)
  private String reason;

  /**
   * An automatic explanation in every language, as permit-service wrote it (jsonb); null for an
   * officer's, and for hearings notified before it was sent.
   */
  @Column(name = "explanation", columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private LocalizedText explanation;

  @Column(name = "automatic", nullable = false)
  private boolean automatic;

  @Column(name = "notified_at", nullable = false)
  private Instant notifiedAt;

  @Column(name = "meeting_at")
  private Instant meetingAt;

  @Column(name = "meeting_place")
  private String meetingPlace;

  @Column(name = "answer_by", nullable = false)
  private Instant answerBy;

  /** When the final decision is due: the working day after the hearing ends. */
  @Column(name = "decision_due_at", nullable = false)
  private Instant decisionDueAt;

  @Column(name = "answer_text")
  private String answerText;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "answer_document_ids")
  private UUID[] answerDocumentIds;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "lapsed_at")
  private Instant lapsedAt;

  protected Hearing() {}

  /**
   * A hearing opened here for the first time; {@code id} is the one permit-service gave it (every
   * event of the hearing carries it).
   */
  public Hearing(
      UUID id,
      UUID applicationId,
      List<RefusalGround> grounds,
      String reason,
      LocalizedText explanation,
      boolean automatic,
      Instant notifiedAt,
      Instant meetingAt,
      String meetingPlace,
      Instant answerBy,
      Instant decisionDueAt) {
    super(id);
    this.applicationId = applicationId;
    this.grounds = RefusalGround.joined(grounds);
    this.reason = reason;
    this.explanation = explanation;
    this.automatic = automatic;
    this.notifiedAt = notifiedAt;
    this.meetingAt = meetingAt;
    this.meetingPlace = meetingPlace;
    this.answerBy = answerBy;
    this.decisionDueAt = decisionDueAt;
  }

  /** Open: neither answered nor lapsed. */
  public boolean isOpen() {
    return answeredAt == null && lapsedAt == null;
  }

  /**
   * Takes the applicant's position at {@code now}, once, before the deadline.
   *
   * @throws IntakeRuleViolation HEARING_ALREADY_ANSWERED or HEARING_DEADLINE_PASSED
   */
  public void answer(String text, List<UUID> documentIds, Instant now, Instant decisionDueAt) {
    if (answeredAt != null) {
      throw new IntakeRuleViolation(
              IntakeRuleViolation.Rule.HEARING_ALREADY_ANSWERED, null, "at", answeredAt)
          .with("hearingId", id())
          .with("answeredAt", answeredAt);
    }
    if (lapsedAt != null || !now.isBefore(answerBy)) {
      throw new IntakeRuleViolation(
              IntakeRuleViolation.Rule.HEARING_DEADLINE_PASSED, null, "was", answerBy)
          .with("hearingId", id())
          .with("answerBy", answerBy);
    }
    this.answerText = text;
    this.answerDocumentIds = documentIds.toArray(UUID[]::new);
    this.answeredAt = now;
    this.decisionDueAt = decisionDueAt;
  }

  /** The deadline passed without an answer: true the first time, with the hearing marked lapsed. */
  public boolean lapse(Instant now) {
    if (!isOpen() || now.isBefore(answerBy)) {
      return false;
    }
    this.lapsedAt = now;
    return true;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public List<RefusalGround> grounds() {
    return RefusalGround.parseJoined(grounds);
  }

  public String reason() {
    return reason;
  }

  /**
   * The explanation in {@code language} ({@code kk}, {@code ru}, {@code en}): the one written in
   * every language, else the reason as notified (an officer's own words).
   */
  public String reasonIn(String language) {
    return explanation == null ? reason : explanation.in(language);
  }

  public LocalizedText explanation() {
    return explanation;
  }

  public boolean automatic() {
    return automatic;
  }

  public Instant notifiedAt() {
    return notifiedAt;
  }

  public Instant meetingAt() {
    return meetingAt;
  }

  public String meetingPlace() {
    return meetingPlace;
  }

  public Instant answerBy() {
    return answerBy;
  }

  public Instant decisionDueAt() {
    return decisionDueAt;
  }

  public String answerText() {
    return answerText;
  }

  public List<UUID> answerDocumentIds() {
    return answerDocumentIds == null ? List.of() : Arrays.asList(answerDocumentIds);
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public Instant lapsedAt() {
    return lapsedAt;
  }
}
