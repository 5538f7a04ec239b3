package kz.cites.fee.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kz.cites.fee.assessment.Fees;
import kz.cites.fee.assessment.domain.PayerLock;
import kz.cites.fee.payment.domain.MatchStatus;
import kz.cites.fee.payment.domain.Notification;
import kz.cites.fee.payment.domain.NotifiedReceipt;
import kz.cites.fee.payment.domain.NotifiedReceipts;
import kz.cites.fee.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the payment gateway's push notifications, once per receipt number, and in the same
 * transaction hands a receipt whose reference names an application to {@link Fees}, and a receipt
 * without reference (cash, bank transfer) to {@link ReceiptMatching}.
 */
@Service
public class PaymentNotifications {

  private static final Logger log = LoggerFactory.getLogger(PaymentNotifications.class);

  private final NotifiedReceipts receipts;
  private final Fees fees;
  private final ReceiptMatching matching;
  private final PayerLock payerLock;
  private final Clock clock;

  PaymentNotifications(
      NotifiedReceipts receipts,
      Fees fees,
      ReceiptMatching matching,
      PayerLock payerLock,
      Clock clock) {
    this.receipts = receipts;
    this.fees = fees;
    this.matching = matching;
    this.payerLock = payerLock;
    this.clock = clock;
  }

  /**
   * The answer: the receipt's number, the application it pays for (null while none) and how it
   * found it ({@code match}). A repeated delivery gets the receipt as it stands.
   */
  public record Recorded(
      String receiptNumber, UUID applicationId, String status, MatchStatus match) {}

  /**
   * Records {@code notification} signed at {@code signedAt}. A repeated delivery (same receipt
   * number, same content) changes nothing and gets the same answer; the same receipt number with
   * other content is a conflict.
   */
  @Transactional
  public Recorded record(Notification notification, Instant signedAt) {
    if (!notification.hasReference()) {
      // before any case lock: matching takes the payer's cases in the same order
      payerLock.lock(notification.payerId());
    }
    UUID applicationId =
        notification.hasReference() ? applicationIdIn(notification.reference()).orElse(null) : null;
    MatchStatus status =
        !notification.hasReference()
            ? MatchStatus.UNMATCHED
            : applicationId == null ? MatchStatus.UNKNOWN_REFERENCE : MatchStatus.REFERENCE;
    boolean inserted =
        receipts.insert(notification, status, applicationId, signedAt, clock.instant());
    if (!inserted) {
      NotifiedReceipt stored = receipts.find(notification.receiptNumber()).orElseThrow();
      if (!stored.notification().sameContentAs(notification)) {
        throw ApiProblem.NOTIFICATION_CONFLICT
            .detail("receipt", notification.receiptNumber())
            .with("field", "receiptNumber");
      }
      log.info("Payment notification {} repeated; nothing changed", notification.receiptNumber());
      return recorded(stored);
    }
    switch (status) {
      case REFERENCE -> fees.takePayment(applicationId, ReceiptMatching.receiptOf(notification));
      case UNKNOWN_REFERENCE ->
          log.warn(
              "Receipt {} names no application (reference '{}'); listed for officers and in the"
                  + " reconciliation",
              notification.receiptNumber(),
              notification.reference());
      default -> matching.matchNew(notification);
    }
    return recorded(receipts.find(notification.receiptNumber()).orElseThrow());
  }

  private static Recorded recorded(NotifiedReceipt receipt) {
    return new Recorded(
        receipt.receiptNumber(), receipt.applicationId(), "RECORDED", receipt.status());
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
