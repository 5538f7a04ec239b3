package kz.cites.fee.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notified receipt and where it stands.
 *
 * @param applicationId the application it pays for (by reference, matching or an officer); null
 *     while it pays for none
 * @param candidates the applications that fitted when it was matched (several when {@code
 *     AMBIGUOUS}); empty otherwise
 * @param assignedBy IIN of the officer who assigned it; null unless {@code ASSIGNED}
 */
public record NotifiedReceipt(
    Notification notification,
    MatchStatus status,
    UUID applicationId,
    List<UUID> candidates,
    Instant receivedAt,
    String assignedBy,
    Instant assignedAt) {

  public NotifiedReceipt {
    candidates = List.copyOf(candidates);
  }

  public String receiptNumber() {
    return notification.receiptNumber();
  }

  public String payerId() {
    return notification.payerId();
  }
}
