package kz.cites.simulator.payment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A duty payment: exactly one of {@code payerIin} and {@code payerBin}.
 *
 * @param amount tenge, up to two decimals (tiyn)
 * @param reference what the payment is for: the application id
 */
record PaymentRequest(
    @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String payerIin,
    @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String payerBin,
    @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
    @NotBlank @Size(max = 100) String reference) {}
