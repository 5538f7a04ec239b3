package kz.cites.application.intake.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.ApplicationDocument;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.DocumentType;
import kz.cites.application.intake.domain.Hearing;
import kz.cites.application.intake.domain.HistoryEntry;
import kz.cites.application.intake.domain.RequiredDocuments;
import kz.cites.events.RefusalGround;

/** An application as its owner and the authority see it. */
@Schema(description = "An application with its content, status, registration, decision and history")
record ApplicationView(
    @Schema(
            description = "The application id; also the reference of the duty payment",
            example = ApplicationController.APPLICATION_ID,
            requiredMode = RequiredMode.REQUIRED)
        UUID id,
    @Schema(
            description =
                "Where it stands: DRAFT -> SUBMITTED -> IN_VERIFICATION -> IN_REVIEW -> ISSUED;"
                    + " a ground for refusal leads to HEARING (the preliminary refusal, the"
                    + " applicant may answer) -> ISSUED or REFUSED; NOT_ACCEPTED when the duty was"
                    + " not paid; WITHDRAWN by the applicant before a decision",
            example = "IN_REVIEW",
            requiredMode = RequiredMode.REQUIRED)
        ApplicationStatus status,
    @Schema(
            description =
                "The content, with each line's accepted name, appendix and common names from"
                    + " the checklist",
            requiredMode = RequiredMode.REQUIRED)
        ApplicationContent content,
    @Schema(description = "Registration number, once submitted", example = "CITES-2026-000042")
        String registrationNumber,
    @Schema(description = "When the submission was accepted", example = "2026-11-26T09:15:30Z")
        Instant registeredAt,
    @Schema(
            description =
                "Registration date (a working day; after 18:00 Almaty or on a day off: the next"
                    + " working day)",
            example = "2026-11-26")
        LocalDate registrationDate,
    @Schema(
            description = "Due date of the decision: 3 working days after registration",
            example = "2026-12-01")
        LocalDate dueDate,
    @Schema(
            description = "End of the term: 17:30 Almaty on the due date",
            example = "2026-12-01T12:30:00Z")
        Instant dueAt,
    @Schema(description = "Number of the issued permit", example = "26KZ000001")
        String permitNumber,
    @Schema(
            description =
                "ISSUED once a permit number is known, CANCELLED once the permit was cancelled;"
                    + " absent before",
            example = "ISSUED")
        PermitStatus permitStatus,
    @Schema(description = "The cancellation of the issued permit, if it was cancelled")
        PermitCancellation permitCancellation,
    @Schema(description = "The reasoned refusal, when REFUSED") Refusal refusal,
    @Schema(
            description =
                "Why the application was not accepted for consideration, when NOT_ACCEPTED (the"
                    + " duty not paid as required by the end of its grace period; no refusal"
                    + " ground)")
        NotAccepted notAccepted,
    @Schema(
            description =
                "The latest hearing of a preliminary refusal, once one was notified (status"
                    + " HEARING while it is open)")
        HearingView hearing,
    @Schema(description = "The withdrawal, when WITHDRAWN") Withdrawal withdrawal,
    @Schema(
            description =
                "Staff only (null for the applicant): true while the review is past its due time"
                    + " without a decision",
            example = "false")
        Boolean overdue,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description = "Every step, ordered by the time it happened (not by arrival)",
                    requiredMode = RequiredMode.REQUIRED))
        List<History> history,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description = "The attached documents",
                    requiredMode = RequiredMode.REQUIRED))
        List<DocumentView> documents,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "What the submission needs by the rules for this content, each with"
                            + " whether it is there",
                    requiredMode = RequiredMode.REQUIRED))
        List<RequiredDocuments.Requirement> requirements,
    @Schema(
            description = "When the draft was created",
            example = "2026-11-25T12:03:11Z",
            requiredMode = RequiredMode.REQUIRED)
        Instant createdAt,
    @Schema(
            description = "When it last changed",
            example = "2026-11-26T09:15:30Z",
            requiredMode = RequiredMode.REQUIRED)
        Instant updatedAt) {

  @Schema(description = "An attached document")
  record DocumentView(
      @Schema(
              description = "The document id",
              example = "5d0c2a9e-8f3b-4c71-a6e2-1b9d7f4c3e20",
              requiredMode = RequiredMode.REQUIRED)
          UUID id,
      @Schema(
              description = "What the document is",
              example = "CONTRACT",
              requiredMode = RequiredMode.REQUIRED)
          DocumentType type,
      @Schema(
              description = "Media type recognised from the content",
              example = "application/pdf",
              allowableValues = {"application/pdf", "image/jpeg", "image/png"},
              requiredMode = RequiredMode.REQUIRED)
          String mediaType,
      @Schema(
              description = "Size in bytes",
              example = "184320",
              requiredMode = RequiredMode.REQUIRED)
          long size,
      @Schema(
              description = "SHA-256 of the bytes, hex (part of the signing payload)",
              example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
              requiredMode = RequiredMode.REQUIRED)
          String sha256,
      @Schema(
              description = "The client's file name, for display only (last segment, sanitised)",
              example = "contract-tierpark-berlin.pdf")
          String fileName,
      @Schema(
              description = "When it was uploaded",
              example = "2026-11-25T12:10:42Z",
              requiredMode = RequiredMode.REQUIRED)
          Instant uploadedAt) {

    static DocumentView of(ApplicationDocument d) {
      return new DocumentView(
          d.id(), d.type(), d.mediaType(), d.size(), d.sha256(), d.fileName(), d.uploadedAt());
    }
  }

  @Schema(description = "A reasoned refusal")
  record Refusal(
      @ArraySchema(
              arraySchema =
                  @Schema(
                      description = "The grounds of the order (one or more)",
                      example = "[\"COURT_BAN\"]"),
              schema = @Schema(description = "A refusal ground", example = "COURT_BAN"))
          List<RefusalGround> grounds,
      @Schema(
              description =
                  "The authority's reasoning: in the caller's language when the rules wrote it, as"
                      + " the officer wrote it otherwise",
              example =
                  "Основание 1: при проверке по государственной базе данных «Физические лица»"
                      + " установлено: лицо с ИИН 470211300638 значится умершим (дата смерти:"
                      + " 14.02.2025).")
          String reason) {}

  @Schema(
      description =
          "The application was not accepted for consideration: its package was incomplete (the"
              + " state duty not paid as required) when the duty's grace period ended")
  record NotAccepted(
      @Schema(description = "When it was not accepted", example = "2026-03-27T12:31:00Z")
          Instant at,
      @Schema(
              description = "Why, for the applicant, in the caller's language",
              example =
                  "Заявка не принята к рассмотрению: оплата государственной пошлины в размере"
                      + " 8650 тенге по этой заявке не найдена. На момент окончания срока,"
                      + " отведённого на оплату пошлины, пакет документов был неполным.")
          String reason) {}

  /** ISSUED once a permit number is known, CANCELLED once the permit was cancelled. */
  enum PermitStatus {
    ISSUED,
    CANCELLED
  }

  @Schema(description = "The cancellation of an issued permit")
  record PermitCancellation(
      @Schema(description = "When it was cancelled", example = "2026-12-10T07:30:00Z") Instant at,
      @Schema(
              description = "Why",
              example = "The specimens were not exported within the permit's validity")
          String reason) {}

  @Schema(description = "The applicant's withdrawal")
  record Withdrawal(
      @Schema(description = "When it was withdrawn", example = "2026-11-27T05:45:00Z") Instant at,
      @Schema(
              description = "The applicant's reason, if given",
              example = "The zoo cancelled the exchange; the falcons stay in Kazakhstan")
          String reason) {}

  @Schema(description = "One step in the application's life")
  record History(
      @Schema(
              description = "The status after the step",
              example = "SUBMITTED",
              requiredMode = RequiredMode.REQUIRED)
          ApplicationStatus status,
      @Schema(
              description = "When it happened",
              example = "2026-11-26T09:15:30Z",
              requiredMode = RequiredMode.REQUIRED)
          Instant at,
      @Schema(
              description =
                  "What happened, in the caller's language (Accept-Language: kk, ru or en;"
                      + " Russian by default), written when read",
              example =
                  "Заявка подана и зарегистрирована под номером CITES-2026-000042 26.11.2026;"
                      + " срок принятия решения — 01.12.2026.",
              requiredMode = RequiredMode.REQUIRED)
          String note,
      @Schema(
              description =
                  "What kind of step it was: a stable code (the event that caused it, e.g."
                      + " ApplicationSubmitted, FeeAssessed, PreliminaryRefusalNotified)",
              example = "ApplicationSubmitted",
              requiredMode = RequiredMode.REQUIRED)
          String kind) {}

  /**
   * @param staff whether an officer or operator reads it: only they see {@code overdue} (null for
   *     the applicant), true while the review is past its due time without a decision
   * @param language the reader's, for the explanations written in every language
   * @param notes the history entries' notes in that language
   */
  static ApplicationView of(
      Application a,
      List<ApplicationDocument> documents,
      List<RequiredDocuments.Requirement> requirements,
      Hearing hearing,
      boolean staff,
      String language,
      Function<HistoryEntry, String> notes) {
    return new ApplicationView(
        a.id(),
        a.status(),
        a.content(),
        a.registrationNumber(),
        a.registeredAt(),
        a.registrationDate(),
        a.dueDate(),
        a.dueAt(),
        a.permitNumber(),
        a.permitCancelledAt() != null
            ? PermitStatus.CANCELLED
            : a.permitNumber() != null ? PermitStatus.ISSUED : null,
        a.permitCancelledAt() != null
            ? new PermitCancellation(a.permitCancelledAt(), a.permitCancellationReason())
            : null,
        a.status() == ApplicationStatus.REFUSED
            ? new Refusal(a.refusalGrounds(), a.refusalReasonIn(language))
            : null,
        a.status() == ApplicationStatus.NOT_ACCEPTED
            ? new NotAccepted(a.notAcceptedAt(), a.notAcceptedReasonIn(language))
            : null,
        hearing == null ? null : HearingView.of(hearing, language),
        a.status() == ApplicationStatus.WITHDRAWN
            ? new Withdrawal(a.withdrawnAt(), a.withdrawalReason())
            : null,
        staff ? a.isOverdue() : null,
        a.history().stream()
            .map(e -> new History(e.status(), e.at(), notes.apply(e), e.event()))
            .toList(),
        documents.stream().map(DocumentView::of).toList(),
        requirements,
        a.createdAt(),
        a.updatedAt());
  }
}
