package kz.cites.application.intake.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationStatus;

/** One line of a page of applications. */
@Schema(description = "One application in a list")
record ApplicationSummary(
    @Schema(
            description = "The application id",
            example = ApplicationController.APPLICATION_ID,
            requiredMode = RequiredMode.REQUIRED)
        UUID id,
    @Schema(
            description = "Where it stands",
            example = "SUBMITTED",
            requiredMode = RequiredMode.REQUIRED)
        ApplicationStatus status,
    @Schema(
            description = "The kind of permit applied for",
            example = "EXPORT",
            allowableValues = {"IMPORT", "EXPORT", "RE_EXPORT"},
            requiredMode = RequiredMode.REQUIRED)
        String permitType,
    @Schema(
            description = "The applicant's name",
            example = "Abenova Aigerim Serikovna",
            requiredMode = RequiredMode.REQUIRED)
        String applicantName,
    @Schema(description = "Registration number, once submitted", example = "CITES-2026-000042")
        String registrationNumber,
    @Schema(description = "Registration date, once submitted", example = "2026-11-26")
        LocalDate registrationDate,
    @Schema(description = "Due date of the decision, once submitted", example = "2026-12-01")
        LocalDate dueDate,
    @Schema(description = "Number of the issued permit", example = "26KZ000001")
        String permitNumber,
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

  static ApplicationSummary of(Application a) {
    return new ApplicationSummary(
        a.id(),
        a.status(),
        a.content().permitType(),
        a.content().applicant().name(),
        a.registrationNumber(),
        a.registrationDate(),
        a.dueDate(),
        a.permitNumber(),
        a.createdAt(),
        a.updatedAt());
  }
}
