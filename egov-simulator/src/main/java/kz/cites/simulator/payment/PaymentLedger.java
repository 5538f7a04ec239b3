package kz.cites.simulator.payment;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The receipts the gateway issued since start-up. In memory only; receipt numbers carry a random
 * part so that a restarted simulator never reissues a number a service may already have stored.
 */
@Component
public class PaymentLedger {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneId.of("Asia/Almaty"));

  private final Map<String, PaymentReceipt> receiptsByNumber = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  @Autowired
  PaymentLedger() {
    this(Clock.systemUTC());
  }

  PaymentLedger(Clock clock) {
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /**
   * Issues a receipt.
   *
   * @param reference null for a payment without reference (cash, bank transfer)
   * @param paidAt when the payer paid; null = now
   */
  PaymentReceipt pay(String payerId, BigDecimal amount, String reference, Instant paidAt) {
    Instant at = paidAt == null ? clock.instant() : paidAt;
    return issue(payerId, amount, reference, at);
  }

  private PaymentReceipt issue(
      String payerId, BigDecimal amount, String reference, Instant paidAt) {
    while (true) {
      String number =
          "PG-"
              + DAY.format(paidAt)
              + "-"
              + HexFormat.of().withUpperCase().toHexDigits(random.nextInt());
      PaymentReceipt receipt = new PaymentReceipt(number, payerId, amount, paidAt, reference);
      if (receiptsByNumber.putIfAbsent(number, receipt) == null) {
        return receipt;
      }
    }
  }

  PaymentReceipt find(String receiptNumber) {
    return receiptsByNumber.get(receiptNumber);
  }

  /**
   * Receipts of this payer, oldest first; {@code reference} null means any reference (receipts
   * without reference included).
   */
  public List<PaymentReceipt> receipts(String payerId, String reference) {
    return receiptsByNumber.values().stream()
        .filter(receipt -> receipt.payerId().equals(payerId))
        .filter(receipt -> reference == null || reference.equals(receipt.reference()))
        .sorted(
            java.util.Comparator.comparing(PaymentReceipt::paidAt)
                .thenComparing(PaymentReceipt::receiptNumber))
        .toList();
  }
}
