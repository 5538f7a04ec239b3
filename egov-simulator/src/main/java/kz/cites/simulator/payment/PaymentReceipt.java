package kz.cites.simulator.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A receipt the payment gateway issued; {@code payerId} is the IIN or BIN that paid, {@code
 * reference} the application id given, or null for a payment in cash or by bank transfer.
 */
public record PaymentReceipt(
    String receiptNumber, String payerId, BigDecimal amount, Instant paidAt, String reference) {}
