package kz.cites.floor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** What a submission registers: the values of bench/pgbench/two-inserts.sql.template's rows. */
record Registration(
    UUID applicationId,
    String ownerIin,
    String registrationNumber,
    Instant at,
    LocalDate date,
    LocalDate dueDate,
    Instant dueAt,
    UUID eventId) {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final String TOPIC = "cites.application.events";
  static final String EVENT_TYPE = "kz.cites.application.submitted";
  static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  static Registration of(Submission submission) {
    Instant now = Instant.now();
    LocalDate today = LocalDate.ofInstant(now, ALMATY);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new Registration(
        UUID.randomUUID(),
        submission.content().applicant().iin(),
        "B-%016x%08x".formatted(random.nextLong(), random.nextInt()),
        now,
        today,
        today.plusDays(5),
        now.plus(Duration.ofDays(5)),
        UUID.randomUUID());
  }

  Submission.Submitted event(Submission submission) {
    return new Submission.Submitted(
        eventId, at, applicationId, registrationNumber, at, date, dueAt, submission.content());
  }

  Submission.Accepted accepted() {
    return new Submission.Accepted(applicationId, registrationNumber, "SUBMITTED");
  }
}
