package kz.cites.application.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.ApplicationDocument;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.DocumentType;
import kz.cites.application.intake.domain.HistoryEntry;
import kz.cites.application.intake.domain.RequiredDocuments;
import kz.cites.events.RefusalGround;

/** An application as its owner and the authority see it. */
record ApplicationView(
    UUID id,
    ApplicationStatus status,
    ApplicationContent content,
    String registrationNumber,
    Instant registeredAt,
    LocalDate registrationDate,
    LocalDate dueDate,
    Instant dueAt,
    String permitNumber,
    PermitStatus permitStatus,
    PermitCancellation permitCancellation,
    Refusal refusal,
    Withdrawal withdrawal,
    Boolean overdue,
    List<History> history,
    List<DocumentView> documents,
    List<RequiredDocuments.Requirement> requirements,
    Instant createdAt,
    Instant updatedAt) {

  record DocumentView(
      UUID id,
      DocumentType type,
      String mediaType,
      long size,
      String sha256,
      String fileName,
      Instant uploadedAt) {

    static DocumentView of(ApplicationDocument d) {
      return new DocumentView(
          d.id(), d.type(), d.mediaType(), d.size(), d.sha256(), d.fileName(), d.uploadedAt());
    }
  }

  record Refusal(List<RefusalGround> grounds, String reason) {}

  /** ISSUED once a permit number is known, CANCELLED once the permit was cancelled. */
  enum PermitStatus {
    ISSUED,
    CANCELLED
  }

  record PermitCancellation(Instant at, String reason) {}

  record Withdrawal(Instant at, String reason) {}

  record History(ApplicationStatus status, Instant at, String note) {}

  /**
   * @param staff whether an officer or operator reads it: only they see {@code overdue} (null for
   *     the applicant), true while the review is past its due time without a decision
   */
  static ApplicationView of(
      Application a,
      List<ApplicationDocument> documents,
      List<RequiredDocuments.Requirement> requirements,
      boolean staff) {
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
            ? new Refusal(a.refusalGrounds(), a.refusalReason())
            : null,
        a.status() == ApplicationStatus.WITHDRAWN
            ? new Withdrawal(a.withdrawnAt(), a.withdrawalReason())
            : null,
        staff ? a.isOverdue() : null,
        a.history().stream().map(ApplicationView::history).toList(),
        documents.stream().map(DocumentView::of).toList(),
        requirements,
        a.createdAt(),
        a.updatedAt());
  }

  private static History history(HistoryEntry entry) {
    return new History(entry.status(), entry.at(), entry.note());
  }
}
