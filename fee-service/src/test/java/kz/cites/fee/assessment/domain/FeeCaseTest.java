package kz.cites.fee.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import kz.cites.events.FeeRejected;
import kz.cites.events.LocalizedText;
import kz.cites.fee.tariff.domain.Duty;
import kz.cites.fee.tariff.domain.SeedTariff;
import kz.cites.fee.tariff.domain.Tariff;
import org.junit.jupiter.api.Test;

class FeeCaseTest {

  private static final String IIN = "811201401188";
  private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
  private static final Duty DUTY_2026 =
      new Duty(
          new BigDecimal("8650.00"),
          "KZT",
          2026,
          new BigDecimal("4325.00"),
          2,
          new LocalizedText("Салық кодексі", "Налоговый кодекс", "Tax Code"));

  private static final Tariff TARIFF = new SeedTariff();
  private static final BooleanSupplier NO_OFFICER_CHOICE = () -> false;

  /** An in-memory receipt_claim: first claim wins. */
  private final Map<String, UUID> claims = new HashMap<>();

  private final ReceiptRegister register =
      (number, application) -> claims.computeIfAbsent(number, n -> application).equals(application);

  private final UUID applicationId = UUID.randomUUID();

  private FeeCase assessedWith(Receipt... receipts) {
    FeeCase fee = new FeeCase(applicationId, NOW);
    fee.submitted(IIN, LocalDate.of(2026, 3, 20));
    fee.assess(DUTY_2026, NOW, NOW);
    fee.evidence(List.of(receipts), NOW);
    return fee;
  }

  private Receipt receipt(String number, String payer, String amount, UUID reference) {
    return new Receipt(number, payer, new BigDecimal(amount), NOW, reference.toString());
  }

  @Test
  void fullPaymentByTheApplicantConfirms() {
    FeeCase fee = assessedWith(receipt("R-1", IIN, "8650.00", applicationId));

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW)).contains(FeeStatus.CONFIRMED);
    assertThat(fee.paid()).isEqualTo(new BigDecimal("8650.00"));
    assertThat(fee.countedReceipts()).extracting(Receipt::receiptNumber).containsExactly("R-1");
  }

  @Test
  void receiptsForAnotherReferenceAreIgnored() {
    FeeCase fee = assessedWith(receipt("R-2", IIN, "8650.00", UUID.randomUUID()));

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW)).contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.UNPAID);
  }

  @Test
  void aReceiptClaimedByAnotherApplicationDoesNotCount() {
    claims.put("R-3", UUID.randomUUID());
    FeeCase fee = assessedWith(receipt("R-3", IIN, "8650.00", applicationId));

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW)).contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.UNPAID);
    assertThat(fee.paid()).isEqualByComparingTo("0");
  }

  @Test
  void aRepeatedReceiptNumberCountsOnce() {
    FeeCase fee =
        assessedWith(
            receipt("R-4", IIN, "5000.00", applicationId),
            receipt("R-4", IIN, "5000.00", applicationId));

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW)).contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.UNDERPAID);
    assertThat(fee.paid()).isEqualTo(new BigDecimal("5000.00"));
  }

  @Test
  void onlyAnotherPayersReceipt() {
    FeeCase fee = assessedWith(receipt("R-5", "061211600012", "8650.00", applicationId));

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW)).contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.PAID_BY_ANOTHER_PAYER);
  }

  @Test
  void evidenceBeforeAssessmentWaitsAndTheFirstEvidenceWins() {
    FeeCase fee = new FeeCase(applicationId, NOW);
    fee.evidence(List.of(receipt("R-6", IIN, "8650.00", applicationId)), NOW);
    fee.evidence(List.of(), NOW);
    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW)).isEmpty();

    fee.submitted(IIN, LocalDate.of(2026, 3, 20));
    fee.assess(DUTY_2026, NOW, NOW);

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW)).contains(FeeStatus.CONFIRMED);
    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW)).isEmpty();
  }

  @Test
  void beforeTheGraceEndsAShortfallWaitsAndALatePaymentConfirms() {
    Instant graceEnd = NOW.plusSeconds(3600);
    FeeCase fee = new FeeCase(applicationId, NOW);
    fee.submitted(IIN, LocalDate.of(2026, 3, 20));
    fee.assess(DUTY_2026, NOW, graceEnd);
    fee.evidence(List.of(receipt("R-7", IIN, "5000.00", applicationId)), NOW);

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, graceEnd.minusSeconds(1))).isEmpty();
    assertThat(fee.status()).isEqualTo(FeeStatus.ASSESSED);
    assertThat(fee.paid()).isEqualByComparingTo("5000.00");

    fee.notified(receipt("R-8", IIN, "3650.00", applicationId));
    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, graceEnd.minusSeconds(1)))
        .contains(FeeStatus.CONFIRMED);
    assertThat(fee.countedReceipts()).hasSize(2);
  }

  @Test
  void withoutTheVerificationsEvidenceNothingIsRejectedEvenAfterTheGrace() {
    FeeCase fee = new FeeCase(applicationId, NOW);
    fee.submitted(IIN, LocalDate.of(2026, 3, 20));
    fee.assess(DUTY_2026, NOW, NOW);
    fee.notified(receipt("R-9", IIN, "100.00", applicationId));

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW.plusSeconds(86400))).isEmpty();

    fee.evidence(List.of(), NOW.plusSeconds(86400));
    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW.plusSeconds(86400)))
        .contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.UNDERPAID);
  }

  // --- the MCI of the day of payment (Tax Code), not of the registration year

  private static final Duty DUTY_2025 =
      new Duty(
          new BigDecimal("7864.00"),
          "KZT",
          2025,
          new BigDecimal("3932.00"),
          2,
          new LocalizedText("Салық кодексі", "Налоговый кодекс", "Tax Code"));

  /** 23:30 on 31 Dec 2025 in Almaty (UTC+5). */
  private static final Instant NEW_YEARS_EVE_ALMATY = Instant.parse("2025-12-31T18:30:00Z");

  private FeeCase registeredOn(LocalDate registrationDate, Duty assessed, Instant graceEnd) {
    FeeCase fee = new FeeCase(applicationId, NOW);
    fee.submitted(IIN, registrationDate);
    fee.assess(assessed, graceEnd.minusSeconds(86400), graceEnd);
    return fee;
  }

  private Receipt paidAt(String number, String amount, Instant paidAt) {
    return new Receipt(number, IIN, new BigDecimal(amount), paidAt, applicationId.toString());
  }

  @Test
  void aDutyPaidOnNewYearsEveAtThe2025AmountPaysAnApplicationRegisteredOn5January2026() {
    Instant graceEnd = Instant.parse("2026-01-06T12:30:00Z");
    FeeCase fee = registeredOn(LocalDate.of(2026, 1, 5), DUTY_2026, graceEnd);
    fee.notified(paidAt("R-NY-1", "7864.00", NEW_YEARS_EVE_ALMATY));

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, graceEnd.minusSeconds(60)))
        .contains(FeeStatus.CONFIRMED);
    assertThat(fee.appliedAmount()).isEqualByComparingTo("7864.00");
    assertThat(fee.appliedMciYear()).isEqualTo(2025);
    assertThat(fee.appliedMciValue()).isEqualByComparingTo("3932.00");
    assertThat(fee.paidOn()).isEqualTo(LocalDate.of(2025, 12, 31));
    // the assessment itself stays what a payment on the registration date owes
    assertThat(fee.amount()).isEqualByComparingTo("8650.00");
  }

  @Test
  void halfAnHourLaterItIsAlready2026InAlmatyAndThe2025AmountFallsShort() {
    Instant graceEnd = Instant.parse("2026-01-06T12:30:00Z");
    FeeCase fee = registeredOn(LocalDate.of(2026, 1, 5), DUTY_2026, graceEnd);
    fee.evidence(List.of(paidAt("R-NY-2", "7864.00", Instant.parse("2025-12-31T19:00:00Z"))), NOW);

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, graceEnd.minusSeconds(1))).isEmpty();
    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, graceEnd))
        .contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.UNDERPAID);
    assertThat(fee.appliedAmount()).isEqualByComparingTo("8650.00");
    assertThat(fee.paidOn()).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void theOld2025AmountPaidLateIn2026IsUnderpaidEvenForAnApplicationRegisteredIn2025() {
    // registered Wed 31 Dec 2025, grace until Mon 5 Jan 2026 17:30: a late payment on 5 Jan owes
    // the 2026 duty
    Instant graceEnd = Instant.parse("2026-01-05T12:30:00Z");
    FeeCase fee = registeredOn(LocalDate.of(2025, 12, 31), DUTY_2025, graceEnd);
    fee.evidence(
        List.of(paidAt("R-LATE-1", "7864.00", Instant.parse("2026-01-05T04:00:00Z"))), NOW);

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, graceEnd))
        .contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.UNDERPAID);
    assertThat(fee.paid()).isEqualByComparingTo("7864.00");
    assertThat(fee.appliedAmount()).isEqualByComparingTo("8650.00");
    assertThat(fee.appliedMciYear()).isEqualTo(2026);
  }

  @Test
  void aLatePaymentWithinTheGraceAtTheDutyOfItsDayConfirms() {
    Instant graceEnd = Instant.parse("2026-01-05T12:30:00Z");
    FeeCase fee = registeredOn(LocalDate.of(2025, 12, 31), DUTY_2025, graceEnd);
    fee.evidence(List.of(), NOW);
    fee.notified(paidAt("R-LATE-2", "8650.00", Instant.parse("2026-01-05T12:00:00Z")));

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, graceEnd.minusSeconds(60)))
        .contains(FeeStatus.CONFIRMED);
    assertThat(fee.appliedAmount()).isEqualByComparingTo("8650.00");
    assertThat(fee.paidOn()).isEqualTo(LocalDate.of(2026, 1, 5));
  }

  // --- payments without reference

  @Test
  void aReceiptWithoutReferenceMatchedToTheCaseCounts() {
    Instant graceEnd = Instant.parse("2026-03-27T12:30:00Z");
    FeeCase fee = registeredOn(LocalDate.of(2026, 3, 26), DUTY_2026, graceEnd);
    Receipt cash =
        new Receipt("R-CASH-1", IIN, new BigDecimal("8650.00"), NOW.plusSeconds(60), null);

    assertThat(fee.matched(cash, MatchedBy.PAYER_AMOUNT_DATE)).isTrue();
    assertThat(fee.matched(cash, MatchedBy.PAYER_AMOUNT_DATE)).isFalse();

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW)).contains(FeeStatus.CONFIRMED);
    assertThat(fee.countedReceipts())
        .extracting(Receipt::receiptNumber, Receipt::matchedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("R-CASH-1", MatchedBy.PAYER_AMOUNT_DATE));
  }

  @Test
  void aReceiptWithoutReferenceThatIsNotMatchedDoesNotCount() {
    FeeCase fee = assessedWith(new Receipt("R-CASH-2", IIN, new BigDecimal("8650.00"), NOW, null));

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW)).contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.UNPAID);
  }

  @Test
  void anUnpaidDutyIsNotRejectedWhileAPaymentThatMayBeItsWaitsForAnOfficer() {
    FeeCase fee = assessedWith();

    assertThat(fee.settle(register, TARIFF, () -> true, NOW.plusSeconds(86400))).isEmpty();
    assertThat(fee.status()).isEqualTo(FeeStatus.ASSESSED);

    assertThat(fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW.plusSeconds(86400)))
        .contains(FeeStatus.REJECTED);
  }

  @Test
  void aDecidedCaseTakesNoMatchedPayment() {
    FeeCase fee = assessedWith(receipt("R-10", IIN, "8650.00", applicationId));
    assertThat(fee.takesPayments()).isTrue();
    fee.settle(register, TARIFF, NO_OFFICER_CHOICE, NOW);

    assertThat(fee.takesPayments()).isFalse();
  }
}
