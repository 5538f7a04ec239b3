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
import kz.cites.simulator.state.Journal;
import kz.cites.simulator.state.SimulatorState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The receipts the payment gateway issued. Each is kept in the journal {@code
 * payments/receipts.jsonl} of the state folder before the payer is answered, so a restarted
 * simulator still knows every receipt it gave (as a real payment gateway would: fee-service and the
 * registry look-up rely on them). Receipt numbers carry a random part, so no number is issued
 * twice, even by a simulator without a state folder.
 */
@Component
public class PaymentLedger {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneId.of("Asia/Almaty"));

  private final Map<String, PaymentReceipt> receiptsByNumber = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Journal<PaymentReceipt> journal;

  @Autowired
  PaymentLedger(SimulatorState state) {
    this(Clock.systemUTC(), state);
  }

  PaymentLedger(Clock clock, SimulatorState state) {
    this.clock = clock;
    this.journal = state.journal("payments/receipts.jsonl", PaymentReceipt.class);
    journal.entries().forEach(receipt -> receiptsByNumber.put(receipt.receiptNumber(), receipt));
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

  private synchronized PaymentReceipt issue(
      String payerId, BigDecimal amount, String reference, Instant paidAt) {
    String number;
    do {
      number =
          "PG-"
              + DAY.format(paidAt)
              + "-"
              + HexFormat.of().withUpperCase().toHexDigits(random.nextInt());
    } while (receiptsByNumber.containsKey(number));
    PaymentReceipt receipt = new PaymentReceipt(number, payerId, amount, paidAt, reference);
    // on disk before anyone learns of it: a receipt the payer holds is never forgotten
    journal.append(receipt);
    receiptsByNumber.put(number, receipt);
    return receipt;
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
