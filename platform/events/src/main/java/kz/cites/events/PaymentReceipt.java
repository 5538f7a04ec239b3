package kz.cites.events;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A duty receipt as the payment gateway reports it. {@code payerId} is an IIN or a BIN; {@code
 * reference} is the application id the payer gave, or null for a payment made without one (in cash
 * or by bank transfer, matched to the application by payer, amount and date).
 *
 * @param receiptNumber the payment gateway's number of the receipt
 * @param payerId the IIN or BIN of who paid
 * @param amount the amount paid, in tenge
 * @param paidAt when the payment was made
 * @param reference the application id the payer gave; null for a payment without reference
 */
public record PaymentReceipt(
    String receiptNumber,
    String payerId,
    BigDecimal amount,
    Instant paidAt,
    @Nullable String reference) {}
