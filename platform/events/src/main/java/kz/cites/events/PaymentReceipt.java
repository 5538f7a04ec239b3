package kz.cites.events;

import java.math.BigDecimal;
import java.time.Instant;

/** A duty receipt as the payment gateway reports it. {@code payerId} is an IIN or a BIN. */
public record PaymentReceipt(
    String receiptNumber, String payerId, BigDecimal amount, Instant paidAt, String reference) {}
