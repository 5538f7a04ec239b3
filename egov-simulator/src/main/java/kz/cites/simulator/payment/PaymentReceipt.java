package kz.cites.simulator.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A receipt the payment gateway issued; {@code payerId} is the IIN or BIN that paid. */
public record PaymentReceipt(
    String receiptNumber, String payerId, BigDecimal amount, Instant paidAt, String reference) {}
