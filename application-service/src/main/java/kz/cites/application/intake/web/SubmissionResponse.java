package kz.cites.application.intake.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationStatus;

/**
 * The answer to an accepted submission. Built from the registration alone, so a repeat with the
 * same Idempotency-Key gets exactly the first answer even after the status has moved on.
 */
@Schema(description = "The registration of an accepted submission")
record SubmissionResponse(
    @Schema(
            description = "The application id",
            example = ApplicationController.APPLICATION_ID,
            requiredMode = RequiredMode.REQUIRED)
        UUID id,
    @Schema(
            description = "Always SUBMITTED: the status right after registration",
            example = "SUBMITTED",
            requiredMode = RequiredMode.REQUIRED)
        ApplicationStatus status,
    @Schema(
            description = "Registration number: CITES-<year>-<6 digits>",
            example = "CITES-2026-000042",
            requiredMode = RequiredMode.REQUIRED)
        String registrationNumber,
    @Schema(
            description = "When the submission was accepted",
            example = "2026-11-26T09:15:30Z",
            requiredMode = RequiredMode.REQUIRED)
        Instant registeredAt,
    @Schema(
            description =
                "Registration date: the day of submission if a working day before 18:00 Almaty,"
                    + " else the next working day",
            example = "2026-11-26",
            requiredMode = RequiredMode.REQUIRED)
        LocalDate registrationDate,
    @Schema(
            description = "Due date of the decision: 3 working days after registration",
            example = "2026-12-01",
            requiredMode = RequiredMode.REQUIRED)
        LocalDate dueDate,
    @Schema(
            description = "End of the term: 17:30 Almaty on the due date",
            example = "2026-12-01T12:30:00Z",
            requiredMode = RequiredMode.REQUIRED)
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
