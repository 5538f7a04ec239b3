package kz.cites.verification.egov.payments;

import java.util.List;
import java.util.Map;
import kz.cites.events.PaymentReceipt;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.PaymentGateway;
import kz.cites.verification.egov.Registry;
import kz.cites.verification.egov.RegistryCalls;
import kz.cites.verification.egov.RegistryUnavailableException;
import kz.cites.verification.egov.ShepReply;
import org.springframework.stereotype.Component;

/** The e-government payment gateway through SHEP service {@code PAYMENT_RECEIPTS}. */
@Component
class ShepPaymentGateway implements PaymentGateway {

  private final RegistryCalls shep;

  ShepPaymentGateway(RegistryCalls shep) {
    this.shep = shep;
  }

  @Override
  public CheckOutcome dutyReceipts(String payerId, String reference) {
    try {
      ShepReply reply =
          shep.call(Registry.PAYMENTS, Map.of("payerId", payerId, "reference", reference));
      List<PaymentReceipt> receipts =
          reply.found()
              ? ofThisPayment(shep.payload(reply, Receipts.class), payerId, reference)
              : List.of();
      // evidence only: fee-service judges the duty, and a payment may still come in its grace
      String found =
          receipts.isEmpty()
              ? "No state duty receipt from payer "
                  + payerId
                  + " with reference "
                  + reference
                  + " yet"
              : receipts.size() + " receipt(s) found";
      return CheckOutcome.recorded(found, reply.messageId(), shep.now(), receipts)
          .withAnswer(reply.answer());
    } catch (RegistryUnavailableException e) {
      return CheckOutcome.unavailable(e.getMessage(), e.requestMessageId(), shep.now());
    }
  }

  /** The gateway filters by payer and reference already; a stray receipt must still not count. */
  private static List<PaymentReceipt> ofThisPayment(
      Receipts answer, String payerId, String reference) {
    if (answer == null || answer.receipts() == null) {
      return List.of();
    }
    return answer.receipts().stream()
        .filter(r -> payerId.equals(r.payerId()) && reference.equalsIgnoreCase(r.reference()))
        .toList();
  }

  record Receipts(List<PaymentReceipt> receipts) {}
}
