package kz.cites.simulator.payment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A duty payment: exactly one of {@code payerIin} and {@code payerBin}.
 *
 * @param amount tenge, up to two decimals (tiyn)
 * @param reference what the payment is for: the application id (a card payment on the portal);
 *     absent for a payment in cash or by bank transfer, which carries none
 * @param paidAt when the payer paid; absent = now. A cash or bank payment reaches the gateway later
 *     than it was made, with the bank's time: never in the future
 */
record PaymentRequest(
    @Schema(
            description = "IIN of the payer (exactly one of payerIin, payerBin)",
            example = "811201401188")
        @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
        String payerIin,
    @Schema(description = "BIN of the paying company", example = "940140000385")
        @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
        String payerBin,
    @Schema(description = "Tenge, positive, at most 2 decimals", example = "8650.00")
        @NotNull
        @Positive
        @Digits(integer = 12, fraction = 2)
        BigDecimal amount,
    @Schema(
            description =
                "The application id (card payment on the portal), 1-100 characters, not blank."
                    + " Leave it out for a payment in cash or by bank transfer: the fee service"
                    + " then matches it on payer, amount and date",
            nullable = true,
            example = "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11")
        @Size(min = 1, max = 100)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String reference,
    @Schema(
            description =
                "When the payer paid, default now; not in the future (e.g. a bank transfer made"
                    + " at 23:30 on 31 Dec in Almaty: 2025-12-31T18:30:00Z)",
            nullable = true,
            example = "2025-12-31T18:30:00Z")
        Instant paidAt) {}
