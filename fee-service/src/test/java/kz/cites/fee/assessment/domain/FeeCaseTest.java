package kz.cites.fee.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.cites.events.FeeRejected;
import kz.cites.fee.tariff.domain.Duty;
import org.junit.jupiter.api.Test;

class FeeCaseTest {

  private static final String IIN = "811201401188";
  private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
  private static final Duty DUTY_2026 =
      new Duty(new BigDecimal("8650.00"), "KZT", 2026, new BigDecimal("4325.00"), 2, "Tax Code");

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

    assertThat(fee.settle(register, NOW)).contains(FeeStatus.CONFIRMED);
    assertThat(fee.paid()).isEqualTo(new BigDecimal("8650.00"));
    assertThat(fee.countedReceipts()).extracting(Receipt::receiptNumber).containsExactly("R-1");
  }

  @Test
  void receiptsForAnotherReferenceAreIgnored() {
    FeeCase fee = assessedWith(receipt("R-2", IIN, "8650.00", UUID.randomUUID()));

    assertThat(fee.settle(register, NOW)).contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.UNPAID);
  }

  @Test
  void aReceiptClaimedByAnotherApplicationDoesNotCount() {
    claims.put("R-3", UUID.randomUUID());
    FeeCase fee = assessedWith(receipt("R-3", IIN, "8650.00", applicationId));

    assertThat(fee.settle(register, NOW)).contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.UNPAID);
    assertThat(fee.paid()).isEqualByComparingTo("0");
  }

  @Test
  void aRepeatedReceiptNumberCountsOnce() {
    FeeCase fee =
        assessedWith(
            receipt("R-4", IIN, "5000.00", applicationId),
            receipt("R-4", IIN, "5000.00", applicationId));

    assertThat(fee.settle(register, NOW)).contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.UNDERPAID);
    assertThat(fee.paid()).isEqualTo(new BigDecimal("5000.00"));
  }

  @Test
  void onlyAnotherPayersReceipt() {
    FeeCase fee = assessedWith(receipt("R-5", "061211600012", "8650.00", applicationId));

    assertThat(fee.settle(register, NOW)).contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.PAID_BY_ANOTHER_PAYER);
  }

  @Test
  void evidenceBeforeAssessmentWaitsAndTheFirstEvidenceWins() {
    FeeCase fee = new FeeCase(applicationId, NOW);
    fee.evidence(List.of(receipt("R-6", IIN, "8650.00", applicationId)), NOW);
    fee.evidence(List.of(), NOW);
    assertThat(fee.settle(register, NOW)).isEmpty();

    fee.submitted(IIN, LocalDate.of(2026, 3, 20));
    fee.assess(DUTY_2026, NOW, NOW);

    assertThat(fee.settle(register, NOW)).contains(FeeStatus.CONFIRMED);
    assertThat(fee.settle(register, NOW)).isEmpty();
  }

  @Test
  void beforeTheGraceEndsAShortfallWaitsAndALatePaymentConfirms() {
    Instant graceEnd = NOW.plusSeconds(3600);
    FeeCase fee = new FeeCase(applicationId, NOW);
    fee.submitted(IIN, LocalDate.of(2026, 3, 20));
    fee.assess(DUTY_2026, NOW, graceEnd);
    fee.evidence(List.of(receipt("R-7", IIN, "5000.00", applicationId)), NOW);

    assertThat(fee.settle(register, graceEnd.minusSeconds(1))).isEmpty();
    assertThat(fee.status()).isEqualTo(FeeStatus.ASSESSED);
    assertThat(fee.paid()).isEqualByComparingTo("5000.00");

    fee.notified(receipt("R-8", IIN, "3650.00", applicationId));
    assertThat(fee.settle(register, graceEnd.minusSeconds(1))).contains(FeeStatus.CONFIRMED);
    assertThat(fee.countedReceipts()).hasSize(2);
  }

  @Test
  void withoutTheVerificationsEvidenceNothingIsRejectedEvenAfterTheGrace() {
    FeeCase fee = new FeeCase(applicationId, NOW);
    fee.submitted(IIN, LocalDate.of(2026, 3, 20));
    fee.assess(DUTY_2026, NOW, NOW);
    fee.notified(receipt("R-9", IIN, "100.00", applicationId));

    assertThat(fee.settle(register, NOW.plusSeconds(86400))).isEmpty();

    fee.evidence(List.of(), NOW.plusSeconds(86400));
    assertThat(fee.settle(register, NOW.plusSeconds(86400))).contains(FeeStatus.REJECTED);
    assertThat(fee.rejectionReason()).contains(FeeRejected.Reason.UNDERPAID);
  }
}
