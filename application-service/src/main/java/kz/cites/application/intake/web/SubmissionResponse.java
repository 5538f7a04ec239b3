package kz.cites.application.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationStatus;

/**
 * The answer to an accepted submission. Built from the registration alone, so a repeat with the
 * same Idempotency-Key gets exactly the first answer even after the status has moved on.
 */
record SubmissionResponse(
    UUID id,
    ApplicationStatus status,
    String registrationNumber,
    Instant registeredAt,
    LocalDate registrationDate,
    LocalDate dueDate,
    Instant dueAt) {

  static SubmissionResponse of(Application a) {
    return new SubmissionResponse(
        a.id(),
        ApplicationStatus.SUBMITTED,
        a.registrationNumber(),
        a.registeredAt(),
        a.registrationDate(),
        a.dueDate(),
        a.dueAt());
  }
}
