package kz.cites.floor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The request body: an application's content (the draft of the API contract, shaped like
 * application-service's) and its CMS signature, about 3 KB of JSON in all.
 */
public record Submission(Content content, String signature) {

  public record Content(
      String permitType,
      Applicant applicant,
      String purposeCode,
      Counterparty counterparty,
      List<Specimen> specimens,
      Transport transport,
      List<Document> documents,
      boolean personalDataConsent) {}

  public record Applicant(
      String type, String iin, String bin, String name, String address, String phone, String email) {}

  public record Counterparty(String name, String address, String countryCode) {}

  public record Specimen(
      String scientificName,
      String commonName,
      String termCode,
      int quantity,
      String sourceCode,
      String countryOfOrigin,
      String marks) {}

  public record Transport(String borderCrossing, LocalDate plannedDate) {}

  public record Document(UUID id, String type, String fileName, String mediaType, long size) {}

  /** The outbox event, shaped like kz.cites.events.ApplicationSubmitted (with the snapshot). */
  public record Submitted(
      UUID eventId,
      Instant occurredAt,
      UUID applicationId,
      String registrationNumber,
      Instant submittedAt,
      LocalDate registrationDate,
      Instant dueAt,
      Content application) {}

  /** The answer, 202. */
  public record Accepted(UUID id, String registrationNumber, String status) {}
}
