package kz.cites.floor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The submission's two inserts with JdbcTemplate in one transaction. Its own
 * DataSourceTransactionManager (not a bean, so Boot's JpaTransactionManager stays the application's):
 * the JDBC floor must not pay for a Hibernate session.
 */
@Component
class JdbcSubmissions {

  private static final String INSERT_APPLICATION =
      """
      insert into application (id, version, owner_iin, status, content, registration_number,
          registered_at, registration_date, due_date, due_at, submission_key, created_at, updated_at)
        values (?, 1, ?, 'SUBMITTED', ?::jsonb, ?, ?, ?, ?, ?, null, ?, ?)""";
  private static final String INSERT_OUTBOX =
      """
      insert into outbox_event (id, topic, message_key, event_type, payload, traceparent)
        values (?, ?, ?, ?, ?, ?)""";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final JsonMapper json;

  JdbcSubmissions(DataSource dataSource, JsonMapper json) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.json = json;
  }

  Submission.Accepted submit(Submission submission) {
    Registration r = Registration.of(submission);
    transaction.executeWithoutResult(
        status -> {
          OffsetDateTime at = utc(r.at());
          jdbc.update(
              INSERT_APPLICATION,
              r.applicationId(),
              r.ownerIin(),
              json.writeValueAsString(submission.content()),
              r.registrationNumber(),
              at,
              r.date(),
              r.dueDate(),
              utc(r.dueAt()),
              at,
              at);
          jdbc.update(
              INSERT_OUTBOX,
              r.eventId(),
              Registration.TOPIC,
              r.applicationId().toString(),
              Registration.EVENT_TYPE,
              json.writeValueAsString(r.event(submission)),
              Registration.TRACEPARENT);
        });
    return r.accepted();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
