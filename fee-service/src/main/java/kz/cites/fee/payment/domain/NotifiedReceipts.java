package kz.cites.fee.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The gateway's notifications, one per receipt number, and where each receipt stands. */
public interface NotifiedReceipts {

  /**
   * Records a notification unless its receipt number is known.
   *
   * @return false when the number was already recorded (nothing changed)
   */
  boolean insert(
      Notification notification,
      MatchStatus status,
      UUID applicationId,
      Instant signedAt,
      Instant receivedAt);

  Optional<NotifiedReceipt> find(String receiptNumber);

  /** Sets the outcome of matching a receipt without reference; replaces its candidates. */
  void matched(String receiptNumber, MatchStatus status, UUID applicationId, List<UUID> candidates);

  /** An officer assigned the receipt to {@code applicationId}. */
  void assigned(String receiptNumber, UUID applicationId, String officer, Instant at);

  /** The payer's receipts without reference that found no application, oldest payment first. */
  List<NotifiedReceipt> unmatchedOf(String payerId);

  /** Receipts with one of {@code statuses}, oldest payment first. */
  List<NotifiedReceipt> withStatus(Set<MatchStatus> statuses);
}
