package kz.cites.simulator.payment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import kz.cites.simulator.persona.IinBin;
import kz.cites.simulator.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-government payment gateway: a client pays the duty here with the application id as
 * reference (a card payment on the portal), or without reference (cash at a bank, a bank transfer:
 * the order allows both).
 */
@RestController
@RequestMapping("/sim/payments")
@Tag(name = "Payment gateway", description = "Duty payments; receipts are visible through SHEP")
class PaymentController {

  private final PaymentLedger ledger;
  private final PaymentNotifier notifier;

  PaymentController(PaymentLedger ledger, PaymentNotifier notifier) {
    this.ledger = ledger;
    this.notifier = notifier;
  }

  record PaymentAccepted(String receiptNumber, Instant paidAt) {}

  @PostMapping
  @Operation(
      summary =
          "Pay: exactly one of payerIin / payerBin, amount in tenge, reference (or none for cash"
              + " and bank transfers), paidAt (default now)",
      description =
          "Without reference the receipt stands for a payment in cash or by bank transfer: it has"
              + " reference null everywhere (this answer's receipt, SHEP PAYMENT_RECEIPTS, the"
              + " notification). paidAt backdates a payment the bank made earlier (never in the"
              + " future: 400 naming paidAt). When cites.simulator.payments.notify-url is set, the"
              + " receipt is also pushed there as an HMAC-signed payment notification (best"
              + " effort). 400 .../simulator/validation naming the field for any bad input.")
  ResponseEntity<PaymentAccepted> pay(@Valid @RequestBody PaymentRequest request) {
    String payerId = payerId(request);
    if (request.paidAt() != null && request.paidAt().isAfter(ledger.now())) {
      throw Problems.invalidField("paidAt", "must not be in the future");
    }
    PaymentReceipt receipt =
        ledger.pay(payerId, request.amount(), request.reference(), request.paidAt());
    // best effort, in the background: the payer's answer never waits for the fee service
    notifier.notifyPaid(receipt);
    return ResponseEntity.created(URI.create("/sim/payments/" + receipt.receiptNumber()))
        .body(new PaymentAccepted(receipt.receiptNumber(), receipt.paidAt()));
  }

  @GetMapping("/{receiptNumber}")
  @Operation(summary = "One receipt")
  PaymentReceipt receipt(@PathVariable String receiptNumber) {
    PaymentReceipt receipt = ledger.find(receiptNumber);
    if (receipt == null) {
      throw Problems.of(
          HttpStatus.NOT_FOUND,
          Problems.NOT_FOUND,
          "Receipt not found",
          "receiptNumber",
          "No receipt " + receiptNumber);
    }
    return receipt;
  }

  private static String payerId(PaymentRequest request) {
    boolean iin = request.payerIin() != null;
    boolean bin = request.payerBin() != null;
    if (iin == bin) {
      throw Problems.invalidField(
          iin ? "payerBin" : "payerIin", "give exactly one of payerIin and payerBin");
    }
    String field = iin ? "payerIin" : "payerBin";
    String payerId = iin ? request.payerIin() : request.payerBin();
    if (!IinBin.isValid(payerId)) {
      throw Problems.invalidField(field, "check digit is wrong");
    }
    return payerId;
  }
}
