package kz.cites.permit.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who requested, checked, decided, issued and cancelled, and when (CITES Decision 18.125): an
 * append-only list per application, written in the same transaction as the change it records, so
 * there is no change without its entry and no entry without its change. Entries are kept as long as
 * the permit (at least 5 years after expiry); the service never deletes them.
 */
@Component
public class AuditTrail {

  /** What happened. */
  public enum Action {
    REQUESTED,
    CHECKED,
    FEE_CONFIRMED,
    FEE_REJECTED,
    OPENED_FOR_REVIEW,
    APPROVED,
    /** A ground was found: the applicant is notified of the preliminary refusal, hearing open. */
    PRELIMINARY_REFUSAL,
    HEARING_SCHEDULED,
    /** The applicant stated a position in time. */
    HEARING_ANSWERED,
    /** The hearing's deadline passed without an answer. */
    HEARING_LAPSED,
    REFUSED,
    /** The package was incomplete (the duty not paid as required): not accepted, no ground. */
    NOT_ACCEPTED,
    ISSUED,
    CANCELLED,
    /** Customs endorsed the permit at the border (box 14): it is used. */
    ENDORSED,
    /** The importing country's authority answered through the e-permit exchange (ADR 0018). */
    IMPORT_CONFIRMED,
    OVERDUE,
    WITHDRAWN,
    /** A withdrawal that came after the decision: kept for the record, it changed nothing. */
    WITHDRAWAL_IGNORED
  }

  /** One entry: the actor is an IIN or BIN, a service's name, or {@code system} for rules. */
  @NullMarked
  public record Entry(Action action, String actor, Instant at, @Nullable String detail) {}

  public static final String SYSTEM = "system";

  private final JdbcClient jdbc;

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(UUID applicationId, Action action, String actor, Instant at, String detail) {
    jdbc.sql(
            """
            insert into audit_entry (application_id, action, actor, at, detail)
            values (:applicationId, :action, :actor, :at, :detail)
            """)
        .param("applicationId", applicationId)
        .param("action", action.name())
        .param("actor", actor == null ? SYSTEM : actor)
        .param("at", Timestamp.from(at))
        .param("detail", detail)
        .update();
  }

  /** Whether the application already has an entry of {@code action} (to keep repeats out). */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean has(UUID applicationId, Action action) {
    return jdbc.sql(
            "select exists (select 1 from audit_entry"
                + " where application_id = :applicationId and action = :action)")
        .param("applicationId", applicationId)
        .param("action", action.name())
        .query(Boolean.class)
        .single();
  }

  @Transactional(readOnly = true)
  public List<Entry> of(UUID applicationId) {
    return jdbc.sql(
            "select action, actor, at, detail from audit_entry"
                + " where application_id = :applicationId order by at, id")
        .param("applicationId", applicationId)
        .query(
            (rs, row) ->
                new Entry(
                    Action.valueOf(rs.getString("action")),
                    rs.getString("actor"),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("detail")))
        .list();
  }
}
