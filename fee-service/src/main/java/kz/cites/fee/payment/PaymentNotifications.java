package kz.cites.fee.payment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kz.cites.fee.assessment.Fees;
import kz.cites.fee.assessment.domain.Receipt;
import kz.cites.fee.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the payment gateway's push notifications, once per receipt number, and hands a receipt
 * whose reference names an application to {@link Fees} in the same transaction.
 */
@Service
public class PaymentNotifications {

  private static final Logger log = LoggerFactory.getLogger(PaymentNotifications.class);

  private final JdbcClient jdbc;
  private final Fees fees;
  private final Clock clock;

  PaymentNotifications(JdbcClient jdbc, Fees fees, Clock clock) {
    this.jdbc = jdbc;
    this.fees = fees;
    this.clock = clock;
  }

  /** A receipt as the gateway pushes it. */
  public record Notification(
      String receiptNumber, String payerId, BigDecimal amount, Instant paidAt, String reference) {}

  /** The answer, the same for every delivery of one notification. */
  public record Recorded(String receiptNumber, UUID applicationId, String status) {}

  /**
   * Records {@code notification} signed at {@code signedAt}. A repeated delivery (same receipt
   * number, same content) changes nothing and gets the same answer; the same receipt number with
   * other content is a conflict.
   */
  @Transactional
  public Recorded record(Notification notification, Instant signedAt) {
    UUID applicationId = applicationIdIn(notification.reference()).orElse(null);
    int inserted =
        jdbc.sql(
                """
                insert into payment_notification
                  (receipt_number, payer_id, amount, paid_at, reference, application_id, signed_at, received_at)
                values (:number, :payer, :amount, :paidAt, :reference, :application, :signedAt, :receivedAt)
                on conflict (receipt_number) do nothing
                """)
            .param("number", notification.receiptNumber())
            .param("payer", notification.payerId())
            .param("amount", notification.amount())
            .param("paidAt", Timestamp.from(notification.paidAt()))
            .param("reference", notification.reference())
            .param("application", applicationId)
            .param("signedAt", Timestamp.from(signedAt))
            .param("receivedAt", Timestamp.from(clock.instant()))
            .update();
    if (inserted == 0) {
      Notification stored = stored(notification.receiptNumber());
      if (!sameContent(stored, notification)) {
        throw ApiProblem.NOTIFICATION_CONFLICT
            .exception(
                "Receipt " + notification.receiptNumber() + " was notified before with other data")
            .with("field", "receiptNumber");
      }
      log.info("Payment notification {} repeated; nothing changed", notification.receiptNumber());
      return recorded(notification.receiptNumber(), applicationId);
    }
    if (applicationId == null) {
      log.warn(
          "Receipt {} names no application (reference '{}'); listed in the reconciliation",
          notification.receiptNumber(),
          notification.reference());
    } else {
      fees.takePayment(
          applicationId,
          new Receipt(
              notification.receiptNumber(),
              notification.payerId(),
              notification.amount(),
              notification.paidAt(),
              notification.reference()));
    }
    return recorded(notification.receiptNumber(), applicationId);
  }

  private static Recorded recorded(String receiptNumber, UUID applicationId) {
    return new Recorded(receiptNumber, applicationId, "RECORDED");
  }

  private Notification stored(String receiptNumber) {
    return jdbc.sql(
            "select receipt_number, payer_id, amount, paid_at, reference from payment_notification"
                + " where receipt_number = :number")
        .param("number", receiptNumber)
        .query(
            (rs, row) ->
                new Notification(
                    rs.getString("receipt_number"),
                    rs.getString("payer_id"),
                    rs.getBigDecimal("amount"),
                    rs.getTimestamp("paid_at").toInstant(),
                    rs.getString("reference")))
        .single();
  }

  private static boolean sameContent(Notification a, Notification b) {
    return a.payerId().equals(b.payerId())
        && a.amount().compareTo(b.amount()) == 0
        && a.paidAt().equals(b.paidAt())
        && a.reference().equals(b.reference());
  }

  /** The reference is the application id; anything else names no application. */
  static Optional<UUID> applicationIdIn(String reference) {
    String trimmed = reference.trim();
    if (trimmed.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(trimmed));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
