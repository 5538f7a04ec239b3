package kz.cites.fee.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.cites.events.LocalizedText;
import kz.cites.fee.assessment.domain.PaymentCoverage.Covered;
import kz.cites.fee.assessment.domain.PaymentCoverage.Short;
import kz.cites.fee.assessment.domain.PaymentCoverage.Undecidable;
import kz.cites.fee.assessment.domain.PaymentCoverage.Verdict;
import kz.cites.fee.tariff.domain.Duty;
import kz.cites.fee.tariff.domain.SeedTariff;
import org.junit.jupiter.api.Test;

/** The duty of the day of payment (Tax Code), with the Almaty date deciding the day. */
class PaymentCoverageTest {

  private static final String IIN = "811201401188";
  private static final LocalDate REGISTERED = LocalDate.of(2026, 1, 5);
  private static final Duty ASSESSED_2026 =
      new Duty(
          new BigDecimal("8650.00"),
          "KZT",
          2026,
          new BigDecimal("4325.00"),
          2,
          new LocalizedText("Салық кодексі", "Налоговый кодекс", "Tax Code"));

  private static Receipt paid(String amount, String paidAt) {
    return new Receipt(
        "R-" + paidAt,
        IIN,
        new BigDecimal(amount),
        paidAt == null ? null : Instant.parse(paidAt),
        null);
  }

  private static Verdict judge(Receipt... receipts) {
    return PaymentCoverage.judge(List.of(receipts), ASSESSED_2026, REGISTERED, new SeedTariff());
  }

  @Test
  void theDayOfPaymentIsTheAlmatyDate() {
    assertThat(PaymentCoverage.dayOf(Instant.parse("2025-12-31T18:59:59Z")))
        .isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(PaymentCoverage.dayOf(Instant.parse("2025-12-31T19:00:00Z")))
        .isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void the2025AmountPaidOnNewYearsEveCoversAnApplicationRegisteredIn2026() {
    Verdict verdict = judge(paid("7864.00", "2025-12-31T18:30:00Z"));

    assertThat(verdict).isInstanceOf(Covered.class);
    Covered covered = (Covered) verdict;
    assertThat(covered.duty().amount()).isEqualByComparingTo("7864.00");
    assertThat(covered.duty().mciYear()).isEqualTo(2025);
    assertThat(covered.paidOn()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(covered.paid()).isEqualByComparingTo("7864.00");
  }

  @Test
  void aDutyPaidInPartsOwesTheDutyOfTheDayThePartsComplete() {
    // 4,000 on 30 Dec 2025 and 4,650 on 5 Jan 2026: complete on 5 Jan, at the 2026 duty
    Verdict verdict =
        judge(paid("4650.00", "2026-01-05T04:00:00Z"), paid("4000.00", "2025-12-30T05:00:00Z"));

    assertThat(verdict).isInstanceOf(Covered.class);
    assertThat(((Covered) verdict).duty().amount()).isEqualByComparingTo("8650.00");
    assertThat(((Covered) verdict).paidOn()).isEqualTo(REGISTERED);
  }

  @Test
  void partsThatCompleteThe2025DutyWithin2025Cover() {
    Verdict verdict =
        judge(paid("4000.00", "2025-12-30T05:00:00Z"), paid("3864.00", "2025-12-31T18:30:00Z"));

    assertThat(verdict).isInstanceOf(Covered.class);
    assertThat(((Covered) verdict).duty().mciYear()).isEqualTo(2025);
  }

  @Test
  void aShortfallIsJudgedAgainstTheDutyOfTheLastPaymentsDay() {
    // 7,000 in 2025 (short of 7,864) topped up by 864 in 2026: 7,864 is short of 8,650
    Verdict verdict =
        judge(paid("7000.00", "2025-12-30T05:00:00Z"), paid("864.00", "2026-01-05T04:00:00Z"));

    assertThat(verdict).isInstanceOf(Short.class);
    Short shortfall = (Short) verdict;
    assertThat(shortfall.duty().amount()).isEqualByComparingTo("8650.00");
    assertThat(shortfall.paidOn()).isEqualTo(REGISTERED);
    assertThat(shortfall.paid()).isEqualByComparingTo("7864.00");
    assertThat(shortfall.missing()).isEqualByComparingTo("786.00");
  }

  @Test
  void nothingPaidIsShortOfTheAssessedDuty() {
    Verdict verdict = judge();

    assertThat(verdict).isEqualTo(new Short(ASSESSED_2026, null, new BigDecimal("0.00")));
  }

  @Test
  void aReceiptWithoutADateIsTakenAsPaidOnTheRegistrationDate() {
    assertThat(judge(paid("8650.00", null))).isInstanceOf(Covered.class);
    assertThat(judge(paid("7864.00", null))).isInstanceOf(Short.class);
  }

  @Test
  void aDayWithoutMciInTheTariffIsNeverGuessed() {
    // 2024 has no MCI in the tariff: 7,500 might have been a full 2024 duty
    Verdict verdict = judge(paid("7500.00", "2024-12-30T05:00:00Z"));

    assertThat(verdict)
        .isEqualTo(new Undecidable(LocalDate.of(2024, 12, 30), new BigDecimal("7500.00")));
  }

  @Test
  void aLaterDayThatCoversDecidesEvenAfterADayWithoutMci() {
    Verdict verdict =
        judge(paid("100.00", "2024-12-30T05:00:00Z"), paid("8650.00", "2026-01-05T04:00:00Z"));

    assertThat(verdict).isInstanceOf(Covered.class);
    assertThat(verdict.paid()).isEqualByComparingTo("8750.00");
  }
}
