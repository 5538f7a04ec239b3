package kz.cites.fee.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.CheckResult;
import kz.cites.events.FeeAssessed;
import kz.cites.events.FeeConfirmed;
import kz.cites.events.FeeRejected;
import kz.cites.events.PaymentReceipt;
import kz.cites.events.VerificationCompleted;
import kz.cites.fee.assessment.domain.FeeCase;
import kz.cites.fee.assessment.domain.FeeStatus;
import kz.cites.fee.assessment.domain.Receipt;
import kz.cites.fee.assessment.domain.ReceiptRegister;
import kz.cites.fee.assessment.persistence.FeeCases;
import kz.cites.fee.tariff.DutySchedule;
import kz.cites.fee.tariff.domain.Duty;
import kz.cites.fee.tariff.domain.TariffMissingException;
import kz.cites.messaging.Outbox;
import kz.cites.messaging.PoisonEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses the duty of each submitted application and settles it against the payment evidence of
 * the verification, publishing {@code FeeAssessed} and then {@code FeeConfirmed} or {@code
 * FeeRejected} through the outbox in the same transaction as the change.
 */
@Service
public class Fees {

  private static final Logger log = LoggerFactory.getLogger(Fees.class);

  private final FeeCases cases;
  private final DutySchedule schedule;
  private final ReceiptRegister receiptRegister;
  private final Outbox outbox;

  Fees(FeeCases cases, DutySchedule schedule, ReceiptRegister receiptRegister, Outbox outbox) {
    this.cases = cases;
    this.schedule = schedule;
    this.receiptRegister = receiptRegister;
    this.outbox = outbox;
  }

  /** The application is in: assess its duty (once) and settle if the evidence came first. */
  @Transactional
  public void assess(ApplicationSubmitted submitted) {
    String payer = payerOf(submitted);
    if (submitted.registrationDate() == null) {
      throw new PoisonEventException(
          "ApplicationSubmitted " + submitted.eventId() + " without registrationDate");
    }
    FeeCase fee = lock(submitted.applicationId());
    if (fee.isSubmitted()) {
      log.info("Fee of {} already assessed; repeated submission ignored", fee.applicationId());
      return;
    }
    fee.submitted(payer, submitted.registrationDate());
    assessAndSettle(fee);
  }

  /** The verification is in: keep its duty receipts (once) and settle if the duty is assessed. */
  @Transactional
  public void takeEvidence(VerificationCompleted verification) {
    FeeCase fee = lock(verification.applicationId());
    if (fee.hasEvidence()) {
      log.info("Payment evidence of {} already in; repeated one ignored", fee.applicationId());
      return;
    }
    fee.evidence(dutyReceipts(verification), Instant.now());
    settleIfReady(fee);
  }

  /** Tries again an assessment that waited for its year's MCI. */
  @Transactional
  public FeeStatus retryAssessment(UUID applicationId) {
    FeeCase fee = lock(applicationId);
    if (fee.awaitsAssessment()) {
      assessAndSettle(fee);
    }
    return fee.status();
  }

  @Transactional(readOnly = true)
  public List<UUID> pendingTariff(int limit) {
    return cases.pendingTariff(limit);
  }

  @Transactional(readOnly = true)
  public Optional<FeeCase> find(UUID applicationId) {
    Optional<FeeCase> fee = cases.findById(applicationId).filter(FeeCase::isSubmitted);
    // loads the receipts while the session is open (no open-in-view)
    fee.ifPresent(FeeCase::receipts);
    return fee;
  }

  private FeeCase lock(UUID applicationId) {
    cases.openIfAbsent(applicationId);
    return cases
        .lockById(applicationId)
        .orElseThrow(() -> new IllegalStateException("Fee case " + applicationId + " vanished"));
  }

  private void assessAndSettle(FeeCase fee) {
    Duty duty;
    try {
      duty = schedule.dutyOn(fee.registrationDate());
    } catch (TariffMissingException e) {
      // Never a zero duty: the case waits, visible as PENDING_TARIFF, until an operator adds the
      // MCI.
      log.error(
          "TARIFF MISSING: duty of application {} (registered {}) not assessed: {}."
              + " Add the MCI to table mci; the assessment is retried.",
          fee.applicationId(),
          fee.registrationDate(),
          e.getMessage());
      return;
    }
    Instant now = Instant.now();
    fee.assess(duty, now);
    outbox.record(
        new FeeAssessed(
            UUID.randomUUID(),
            now,
            fee.applicationId(),
            duty.amount(),
            duty.currency(),
            duty.mciYear(),
            duty.mciValue(),
            duty.multiplier(),
            duty.legalReference()));
    settleIfReady(fee);
  }

  private void settleIfReady(FeeCase fee) {
    if (!fee.readyToSettle()) {
      return;
    }
    Instant now = Instant.now();
    FeeStatus outcome = fee.settle(receiptRegister, now);
    if (outcome == FeeStatus.CONFIRMED) {
      outbox.record(
          new FeeConfirmed(
              UUID.randomUUID(),
              now,
              fee.applicationId(),
              fee.amount(),
              fee.countedReceipts().stream().map(Fees::toEvent).toList()));
    } else {
      var reason = FeeRejected.Reason.valueOf(fee.rejectionReason().orElseThrow().name());
      log.info("Fee of {} rejected: {}", fee.applicationId(), reason);
      outbox.record(
          new FeeRejected(
              UUID.randomUUID(), now, fee.applicationId(), fee.amount(), fee.paid(), reason));
    }
  }

  private static String payerOf(ApplicationSubmitted submitted) {
    ApplicationSnapshot application = submitted.application();
    String payer =
        application == null || application.applicant() == null
            ? null
            : application.applicant().payerId();
    if (payer == null || payer.isBlank()) {
      throw new PoisonEventException(
          "ApplicationSubmitted " + submitted.eventId() + " without the applicant's IIN/BIN");
    }
    return payer;
  }

  /** The receipts the payment gateway reported in the DUTY_PAYMENT check; none if no such check. */
  private static List<Receipt> dutyReceipts(VerificationCompleted verification) {
    if (verification.checks() == null) {
      return List.of();
    }
    return verification.checks().stream()
        .filter(c -> c.check() == CheckResult.Check.DUTY_PAYMENT && c.receipts() != null)
        .flatMap(c -> c.receipts().stream())
        .filter(r -> r.receiptNumber() != null && r.payerId() != null && r.amount() != null)
        .map(
            r -> new Receipt(r.receiptNumber(), r.payerId(), r.amount(), r.paidAt(), r.reference()))
        .toList();
  }

  private static PaymentReceipt toEvent(Receipt r) {
    return new PaymentReceipt(
        r.receiptNumber(), r.payerId(), r.amount(), r.paidAt(), r.reference());
  }
}
