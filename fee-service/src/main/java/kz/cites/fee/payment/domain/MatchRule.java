package kz.cites.fee.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.cites.fee.assessment.domain.OpenFee;
import kz.cites.fee.assessment.domain.PaymentCoverage;

/**
 * Which applications a payment without reference (in cash or by bank transfer, which the order
 * allows) could pay for. A candidate is an assessed application of the same payer (IIN/BIN) whose
 * duty still waits for payment, and
 *
 * <ul>
 *   <li><b>amount</b>: the payment is at least the duty in force on the day it was made (Tax Code:
 *       the MCI of the day of payment). More pays the duty too (a refund of the excess is the
 *       payer's claim under the Tax Code, not a reason to leave the duty unpaid); less cannot be
 *       attributed automatically, because a part payment fits any application as well as any other:
 *       an officer assigns it;
 *   <li><b>date</b>: made from {@code paidBeforeRegistration} before the registration date (the
 *       applicant may pay before filing) until the end of the grace period for late payments (after
 *       that the duty is decided; no limit while the calendar cannot say when it ends).
 * </ul>
 *
 * Exactly one candidate: the payment is that application's. Several: an officer chooses. None: it
 * stays unmatched until one of the payer's applications fits, or an officer assigns it.
 *
 * @param paidBeforeRegistration how long before the registration date a payment may have been made
 */
public record MatchRule(Period paidBeforeRegistration) {

  public MatchRule {
    Objects.requireNonNull(paidBeforeRegistration, "paidBeforeRegistration");
    if (paidBeforeRegistration.isNegative()) {
      throw new IllegalArgumentException("paidBeforeRegistration must not be negative");
    }
  }

  /**
   * @param dutyOnPaymentDay the duty in force on the day of payment; empty when the tariff has no
   *     MCI for that year (then nothing can be judged and there is no candidate)
   * @param open the payer's assessed duties that wait for payment
   * @return the candidates' application ids, in the order of {@code open}
   */
  public List<UUID> candidates(
      BigDecimal amount,
      Instant paidAt,
      Optional<BigDecimal> dutyOnPaymentDay,
      List<OpenFee> open) {
    if (dutyOnPaymentDay.isEmpty() || amount.compareTo(dutyOnPaymentDay.get()) < 0) {
      return List.of();
    }
    LocalDate paidOn = PaymentCoverage.dayOf(paidAt);
    return open.stream()
        .filter(f -> !paidOn.isBefore(f.registrationDate().minus(paidBeforeRegistration)))
        .filter(f -> f.graceEndsAt() == null || paidAt.isBefore(f.graceEndsAt()))
        .map(OpenFee::applicationId)
        .toList();
  }
}
