package kz.cites.fee.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.cites.calendar.Kazakhstan;
import kz.cites.fee.tariff.domain.Duty;
import kz.cites.fee.tariff.domain.Tariff;
import kz.cites.fee.tariff.domain.TariffMissingException;

/**
 * Whether the applicant's receipts pay the duty, by the Tax Code's rule: the duty is 2 MCI <em>in
 * force on the day of payment</em>, not in the year the application is registered. A duty paid on
 * 31 Dec 2025 at 7,864 tenge (2 x MCI 2025) is paid in full even if the application is registered
 * on 5 Jan 2026, while the same 7,864 paid on 1 Jan 2026 falls short of 8,650 (2 x MCI 2026).
 *
 * <ul>
 *   <li>The day of a payment is the Kazakhstan (Asia/Almaty) date of its {@code paidAt}: 23:30 on
 *       31 Dec in Almaty (18:30Z) is still 2025. A receipt without {@code paidAt} (the gateway did
 *       not say) is taken as paid on the registration date, i.e. against the assessed duty.
 *   <li>A duty paid in parts is paid on the day of the part that completes it, and the duty in
 *       force on that day applies to the whole: the receipts are added up day by day in the order
 *       they were paid, and the first day on which the running total reaches that day's duty is the
 *       day of payment.
 *   <li>A shortfall is judged against the duty of the day of the last payment (the assessed duty
 *       when nothing counted).
 *   <li>A day whose duty the tariff does not know (no MCI for its year) is never guessed: unless a
 *       later day settles it, the verdict is {@link Undecidable} and the case waits.
 * </ul>
 */
public final class PaymentCoverage {

  private PaymentCoverage() {}

  /** What the receipts amount to. {@code paid} is the sum of all of them. */
  public sealed interface Verdict {
    BigDecimal paid();
  }

  /** Paid in full on {@code paidOn}; {@code duty} is the duty in force on that day. */
  public record Covered(Duty duty, LocalDate paidOn, BigDecimal paid) implements Verdict {}

  /**
   * Not paid in full: {@code duty} is the duty of {@code paidOn}, the day of the last payment, or
   * the assessed duty with {@code paidOn} null when nothing counted.
   */
  public record Short(Duty duty, LocalDate paidOn, BigDecimal paid) implements Verdict {

    public BigDecimal missing() {
      return duty.amount().subtract(paid).max(BigDecimal.ZERO);
    }
  }

  /** Cannot be judged yet: the tariff has no duty for {@code dayWithoutTariff}. */
  public record Undecidable(LocalDate dayWithoutTariff, BigDecimal paid) implements Verdict {}

  /** The Kazakhstan date of a payment made at {@code paidAt}. */
  public static LocalDate dayOf(Instant paidAt) {
    return paidAt.atZone(Kazakhstan.ZONE).toLocalDate();
  }

  /**
   * Judges {@code receipts} (those that count: the applicant's, for this application) against the
   * duty in force on the day each was paid.
   *
   * @param assessed the duty of the registration date, used for receipts without a date and when
   *     nothing counted
   */
  public static Verdict judge(
      List<Receipt> receipts, Duty assessed, LocalDate registrationDate, Tariff tariff) {
    List<Dated> dated =
        receipts.stream()
            .map(
                r ->
                    new Dated(
                        r.paidAt() == null ? registrationDate : dayOf(r.paidAt()),
                        r.paidAt() == null ? Instant.MIN : r.paidAt(),
                        r.amount()))
            .sorted(Comparator.comparing(Dated::day).thenComparing(Dated::paidAt))
            .toList();
    BigDecimal total =
        money(dated.stream().map(Dated::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    BigDecimal running = BigDecimal.ZERO;
    LocalDate withoutTariff = null;
    for (int i = 0; i < dated.size(); i++) {
      running = running.add(dated.get(i).amount());
      LocalDate day = dated.get(i).day();
      boolean lastOfItsDay = i == dated.size() - 1 || !dated.get(i + 1).day().equals(day);
      if (!lastOfItsDay) {
        continue;
      }
      Optional<Duty> duty = dutyOn(day, assessed, registrationDate, tariff);
      if (duty.isEmpty()) {
        withoutTariff = day;
      } else if (running.compareTo(duty.get().amount()) >= 0) {
        return new Covered(duty.get(), day, total);
      }
    }
    if (withoutTariff != null) {
      return new Undecidable(withoutTariff, total);
    }
    if (dated.isEmpty()) {
      return new Short(assessed, null, total);
    }
    LocalDate lastDay = dated.getLast().day();
    return new Short(
        dutyOn(lastDay, assessed, registrationDate, tariff).orElseThrow(), lastDay, total);
  }

  private static Optional<Duty> dutyOn(
      LocalDate day, Duty assessed, LocalDate registrationDate, Tariff tariff) {
    if (day.equals(registrationDate)) {
      return Optional.of(assessed);
    }
    try {
      return Optional.of(Duty.on(day, tariff));
    } catch (TariffMissingException e) {
      return Optional.empty();
    }
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private record Dated(LocalDate day, Instant paidAt, BigDecimal amount) {}
}
