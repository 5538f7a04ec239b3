package kz.cites.application.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationStatus;

/** One line of a page of applications. */
record ApplicationSummary(
    UUID id,
    ApplicationStatus status,
    String permitType,
    String applicantName,
    String registrationNumber,
    LocalDate registrationDate,
    LocalDate dueDate,
    String permitNumber,
    Instant createdAt,
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
