package kz.cites.verification.checks.domain;

/** The e-government payment gateway, asked for the state duty receipts of an application. */
public interface PaymentGateway {

  /**
   * PASSED with the receipts when {@code payerId} paid with {@code reference} (the application id);
   * FAILED with {@link RegistryFinding#NO_DUTY_RECEIPT} when there is none; UNAVAILABLE when the
   * gateway gave no usable answer. Whether the amount suffices is the fee service's call.
   */
  CheckOutcome dutyReceipts(String payerId, String reference);
}
