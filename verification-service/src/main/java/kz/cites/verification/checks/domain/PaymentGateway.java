package kz.cites.verification.checks.domain;

/** The e-government payment gateway, asked for the state duty receipts of an application. */
public interface PaymentGateway {

  /**
   * RECORDED with the receipts {@code payerId} paid with {@code reference} (the application id), or
   * with none: evidence only, never a verdict, for fee-service alone judges whether the duty is
   * paid (and a payment may still come within the grace period); UNAVAILABLE when the gateway gave
   * no usable answer.
   */
  CheckOutcome dutyReceipts(String payerId, String reference);
}
