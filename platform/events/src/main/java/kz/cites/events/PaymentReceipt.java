package kz.cites.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A duty receipt as the payment gateway reports it. {@code payerId} is an IIN or a BIN; {@code
 * reference} is the application id the payer gave, or null for a payment made without one (in cash
 * or by bank transfer, matched to the application by payer, amount and date).
 */
public record PaymentReceipt(
    String receiptNumber, String payerId, BigDecimal amount, Instant paidAt, String reference) {}
