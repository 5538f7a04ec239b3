package kz.cites.fee.payment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.cites.fee.assessment.domain.ReceiptsAwaitingOfficer;
import kz.cites.fee.payment.domain.MatchStatus;
import kz.cites.fee.payment.domain.Notification;
import kz.cites.fee.payment.domain.NotifiedReceipt;
import kz.cites.fee.payment.domain.NotifiedReceipts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code payment_notification} (one row per receipt number, the idempotency key) and {@code
 * receipt_candidate} (the applications that fitted a receipt without reference).
 */
@Repository
class JdbcNotifiedReceipts implements NotifiedReceipts, ReceiptsAwaitingOfficer {

  private static final String COLUMNS =
      "receipt_number, payer_id, amount, paid_at, reference, application_id, match_status,"
          + " received_at, assigned_by, assigned_at";

  private final JdbcClient jdbc;

  JdbcNotifiedReceipts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean insert(
      Notification notification,
      MatchStatus status,
      UUID applicationId,
      Instant signedAt,
      Instant receivedAt) {
    return jdbc.sql(
                """
                insert into payment_notification
                  (receipt_number, payer_id, amount, paid_at, reference, application_id,
                   match_status, signed_at, received_at)
                values (:number, :payer, :amount, :paidAt, :reference, :application,
                        :status, :signedAt, :receivedAt)
                on conflict (receipt_number) do nothing
                """)
            .param("number", notification.receiptNumber())
            .param("payer", notification.payerId())
            .param("amount", notification.amount())
            .param("paidAt", Timestamp.from(notification.paidAt()))
            .param("reference", notification.reference())
            .param("application", applicationId)
            .param("status", status.name())
            .param("signedAt", Timestamp.from(signedAt))
            .param("receivedAt", Timestamp.from(receivedAt))
            .update()
        == 1;
  }

  @Override
  public Optional<NotifiedReceipt> find(String receiptNumber) {
    return query(
            "select " + COLUMNS + " from payment_notification where receipt_number = :number",
            Map.of("number", receiptNumber))
        .stream()
        .findFirst();
  }

  @Override
  public void matched(
      String receiptNumber, MatchStatus status, UUID applicationId, List<UUID> candidates) {
    jdbc.sql(
            "update payment_notification set match_status = :status, application_id = :application"
                + " where receipt_number = :number")
        .param("status", status.name())
        .param("application", applicationId)
        .param("number", receiptNumber)
        .update();
    jdbc.sql("delete from receipt_candidate where receipt_number = :number")
        .param("number", receiptNumber)
        .update();
    for (UUID candidate : candidates) {
      jdbc.sql(
              "insert into receipt_candidate (receipt_number, application_id)"
                  + " values (:number, :application)")
          .param("number", receiptNumber)
          .param("application", candidate)
          .update();
    }
  }

  @Override
  public void assigned(String receiptNumber, UUID applicationId, String officer, Instant at) {
    jdbc.sql(
            """
            update payment_notification
            set match_status = 'ASSIGNED', application_id = :application,
                assigned_by = :officer, assigned_at = :at
            where receipt_number = :number
            """)
        .param("application", applicationId)
        .param("officer", officer)
        .param("at", Timestamp.from(at))
        .param("number", receiptNumber)
        .update();
  }

  @Override
  public List<NotifiedReceipt> unmatchedOf(String payerId) {
    return query(
        "select "
            + COLUMNS
            + " from payment_notification where payer_id = :payer and match_status = 'UNMATCHED'"
            + " order by paid_at, receipt_number",
        Map.of("payer", payerId));
  }

  @Override
  public List<NotifiedReceipt> withStatus(Set<MatchStatus> statuses) {
    if (statuses.isEmpty()) {
      return List.of();
    }
    return query(
        "select "
            + COLUMNS
            + " from payment_notification where match_status in (:statuses)"
            + " order by paid_at, receipt_number",
        Map.of("statuses", statuses.stream().map(Enum::name).toList()));
  }

  @Override
  public boolean mayBelongTo(UUID applicationId) {
    return jdbc.sql(
            """
            select exists (
              select 1 from receipt_candidate c
              join payment_notification n on n.receipt_number = c.receipt_number
              where c.application_id = :application and n.match_status = 'AMBIGUOUS')
            """)
        .param("application", applicationId)
        .query(Boolean.class)
        .single();
  }

  /** The rows, each with its candidates (one more query for all of them). */
  private List<NotifiedReceipt> query(String sql, Map<String, ?> params) {
    List<Row> rows = jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<UUID>> candidates = new LinkedHashMap<>();
    jdbc.sql(
            "select receipt_number, application_id from receipt_candidate"
                + " where receipt_number in (:numbers) order by application_id")
        .param("numbers", rows.stream().map(r -> r.notification().receiptNumber()).toList())
        .query(
            rs -> {
              candidates
                  .computeIfAbsent(rs.getString("receipt_number"), k -> new ArrayList<>())
                  .add(rs.getObject("application_id", UUID.class));
            });
    return rows.stream()
        .map(
            r ->
                new NotifiedReceipt(
                    r.notification(),
                    r.status(),
                    r.applicationId(),
                    candidates.getOrDefault(r.notification().receiptNumber(), List.of()),
                    r.receivedAt(),
                    r.assignedBy(),
                    r.assignedAt()))
        .toList();
  }

  private static Row row(ResultSet rs) throws SQLException {
    Timestamp assignedAt = rs.getTimestamp("assigned_at");
    return new Row(
        new Notification(
            rs.getString("receipt_number"),
            rs.getString("payer_id"),
            rs.getBigDecimal("amount"),
            rs.getTimestamp("paid_at").toInstant(),
            rs.getString("reference")),
        MatchStatus.valueOf(rs.getString("match_status")),
        rs.getObject("application_id", UUID.class),
        rs.getTimestamp("received_at").toInstant(),
        rs.getString("assigned_by"),
        assignedAt == null ? null : assignedAt.toInstant());
  }

  private record Row(
      Notification notification,
      MatchStatus status,
      UUID applicationId,
      Instant receivedAt,
      String assignedBy,
      Instant assignedAt) {}
}
