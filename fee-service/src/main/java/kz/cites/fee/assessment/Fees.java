package kz.cites.fee.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.calendar.CalendarNotAvailableException;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.CheckResult;
import kz.cites.events.FeeAssessed;
import kz.cites.events.FeeConfirmed;
import kz.cites.events.FeeRejected;
import kz.cites.events.PaymentReceipt;
import kz.cites.events.VerificationCompleted;
import kz.cites.fee.assessment.domain.ApplyResult;
import kz.cites.fee.assessment.domain.FeeAwaitsPayment;
import kz.cites.fee.assessment.domain.FeeCase;
import kz.cites.fee.assessment.domain.FeeCases;
import kz.cites.fee.assessment.domain.FeeStatus;
import kz.cites.fee.assessment.domain.GraceRule;
import kz.cites.fee.assessment.domain.MatchedBy;
import kz.cites.fee.assessment.domain.OpenFee;
import kz.cites.fee.assessment.domain.PayerLock;
import kz.cites.fee.assessment.domain.PaymentCoverage;
import kz.cites.fee.assessment.domain.Receipt;
import kz.cites.fee.assessment.domain.ReceiptRegister;
import kz.cites.fee.assessment.domain.ReceiptsAwaitingOfficer;
import kz.cites.fee.tariff.DutySchedule;
import kz.cites.fee.tariff.domain.Duty;
import kz.cites.fee.tariff.domain.Tariff;
import kz.cites.fee.tariff.domain.TariffMissingException;
import kz.cites.messaging.Outbox;
import kz.cites.messaging.PoisonEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses the duty of each submitted application and settles it against the payment evidence of
 * the verification and the gateway's notifications, publishing {@code FeeAssessed} and then {@code
 * FeeConfirmed} or {@code FeeRejected} through the outbox in the same transaction as the change. A
 * payment owes the duty in force on the day it was made ({@link PaymentCoverage}).
 */
@Service
public class Fees {

  private static final Logger log = LoggerFactory.getLogger(Fees.class);

  private final FeeCases cases;
  private final DutySchedule schedule;
  private final ReceiptRegister receiptRegister;
  private final Outbox outbox;
  private final GraceRule grace;
  private final Tariff tariff;
  private final ReceiptsAwaitingOfficer awaitingOfficer;
  private final PayerLock payerLock;
  private final ApplicationEventPublisher inProcess;
  private final Clock clock;

  Fees(
      FeeCases cases,
      DutySchedule schedule,
      ReceiptRegister receiptRegister,
      Outbox outbox,
      GraceRule grace,
      Tariff tariff,
      ReceiptsAwaitingOfficer awaitingOfficer,
      PayerLock payerLock,
      ApplicationEventPublisher inProcess,
      Clock clock) {
    this.cases = cases;
    this.schedule = schedule;
    this.receiptRegister = receiptRegister;
    this.outbox = outbox;
    this.grace = grace;
    this.tariff = tariff;
    this.awaitingOfficer = awaitingOfficer;
    this.payerLock = payerLock;
    this.inProcess = inProcess;
    this.clock = clock;
  }

  /** The application is in: assess its duty (once) and settle if the evidence came first. */
  @Transactional
  public void assess(ApplicationSubmitted submitted) {
    String payer = payerOf(submitted);
    if (submitted.registrationDate() == null) {
      throw new PoisonEventException(
          "ApplicationSubmitted " + submitted.eventId() + " without registrationDate");
    }
    // the payer before the case: the assessment may match the payer's payments without reference
    payerLock.lock(payer);
    FeeCase fee = lock(submitted.applicationId());
    if (fee.isSubmitted()) {
      log.info("Fee of {} already assessed; repeated submission ignored", fee.applicationId());
      return;
    }
    fee.submitted(payer, submitted.registrationDate());
    assessAndSettle(fee);
  }

  /**
   * A verification is in: keep its duty receipts and settle if the duty is assessed. Every
   * verification adds its receipts (merged by number): a later one may show a late payment.
   */
  @Transactional
  public void takeEvidence(VerificationCompleted verification) {
    FeeCase fee = lock(verification.applicationId());
    fee.evidence(dutyReceipts(verification), clock.instant());
    settleIfReady(fee);
  }

  /**
   * The payment gateway told us of a receipt whose reference is this application: keep it and
   * settle if it completes the payment. Called inside the notification's transaction.
   */
  @Transactional
  public void takePayment(UUID applicationId, Receipt receipt) {
    FeeCase fee = lock(applicationId);
    if (!fee.notified(receipt)) {
      return;
    }
    if (fee.status() == FeeStatus.CONFIRMED || fee.status() == FeeStatus.REJECTED) {
      log.warn(
          "Receipt {} for application {} arrived after the fee was {}; kept for reconciliation",
          receipt.receiptNumber(),
          applicationId,
          fee.status());
    }
    settleIfReady(fee);
  }

  /**
   * A payment without this application's reference was matched to it ({@code how}: by payer, amount
   * and date, or by an officer): keep it and settle if it completes the payment. The caller holds
   * the payer's lock. Applying the same receipt again changes nothing.
   *
   * @return {@link ApplyResult#APPLIED}, or why not (then nothing changed)
   */
  @Transactional
  public ApplyResult takeMatchedPayment(UUID applicationId, Receipt receipt, MatchedBy how) {
    FeeCase fee = lock(applicationId);
    if (!fee.isSubmitted()) {
      return ApplyResult.NO_APPLICATION;
    }
    if (!fee.payableBy(receipt.payerId())) {
      return ApplyResult.OTHER_PAYER;
    }
    if (!fee.takesPayments()) {
      return ApplyResult.FEE_DECIDED;
    }
    if (fee.matched(receipt, how)) {
      log.info(
          "Receipt {} without reference applied to application {} ({})",
          receipt.receiptNumber(),
          applicationId,
          how);
      settleIfReady(fee);
    }
    return ApplyResult.APPLIED;
  }

  /** Where the duty of a submitted application stands; empty when not submitted. */
  @Transactional
  public Optional<FeeStatus> statusOf(UUID applicationId) {
    return cases.findById(applicationId).filter(FeeCase::isSubmitted).map(FeeCase::status);
  }

  /** The payer's assessed duties that still wait for payment. */
  @Transactional
  public List<OpenFee> awaitingPaymentBy(String payerId) {
    return cases.awaitingPaymentBy(payerId);
  }

  /**
   * The duty in force on {@code day} (a payment made that day owes it), empty when the tariff has
   * no MCI for its year.
   */
  public Optional<Duty> dutyOn(LocalDate day) {
    try {
      return Optional.of(schedule.dutyOn(day));
    } catch (TariffMissingException e) {
      return Optional.empty();
    }
  }

  /**
   * Decides a case whose grace period may have ended (the scheduled job): rejected if the receipts
   * still do not cover the duty, confirmed if they now do; nothing if it is not due yet.
   */
  @Transactional
  public FeeStatus closeGrace(UUID applicationId) {
    FeeCase fee = lock(applicationId);
    if (fee.awaitsPayment() && fee.graceEndsAt().isEmpty()) {
      graceEnd(fee).ifPresent(fee::graceEndsAt);
    }
    settleIfReady(fee);
    return fee.status();
  }

  /** Assessed cases with evidence whose grace has ended at {@code now} or is still unknown. */
  @Transactional(readOnly = true)
  public List<UUID> graceDue(int limit) {
    return cases.graceDue(clock.instant(), limit);
  }

  /** Tries again an assessment that waited for its year's MCI. */
  @Transactional
  public FeeStatus retryAssessment(UUID applicationId) {
    cases.payerOf(applicationId).ifPresent(payerLock::lock);
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
    Instant now = clock.instant();
    fee.assess(duty, now, null);
    graceEnd(fee).ifPresent(fee::graceEndsAt);
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
            // the event's reference stays English, as before the payer read it in their language
            duty.legalReference().en()));
    settleIfReady(fee);
    if (fee.awaitsPayment()) {
      // payments of this payer made without reference may have been waiting for this application
      inProcess.publishEvent(new FeeAwaitsPayment(fee.applicationId(), fee.payerId()));
    }
  }

  private Optional<Instant> graceEnd(FeeCase fee) {
    try {
      return Optional.of(grace.endsAt(fee.registrationDate(), fee.assessedAt()));
    } catch (CalendarNotAvailableException e) {
      // Never guess working days: the case waits (no rejection) until the calendar has the year.
      log.error(
          "CALENDAR MISSING: grace period of application {} unknown: {}",
          fee.applicationId(),
          e.getMessage());
      return Optional.empty();
    }
  }

  private void settleIfReady(FeeCase fee) {
    Instant now = clock.instant();
    Optional<FeeStatus> outcome =
        fee.settle(
            receiptRegister, tariff, () -> awaitingOfficer.mayBelongTo(fee.applicationId()), now);
    if (outcome.isEmpty()) {
      if (fee.awaitsPayment()
          && fee.graceEnded(now)
          && fee.coverage(tariff) instanceof PaymentCoverage.Undecidable undecidable) {
        // Never a guessed duty: the case waits until the MCI of that day's year is in the tariff.
        log.error(
            "TARIFF MISSING: payment of application {} made on {} cannot be judged: no MCI for {}."
                + " Add it to table mci; the grace job tries again.",
            fee.applicationId(),
            undecidable.dayWithoutTariff(),
            undecidable.dayWithoutTariff().getYear());
      }
      return;
    }
    if (outcome.get() == FeeStatus.CONFIRMED) {
      outbox.record(
          new FeeConfirmed(
              UUID.randomUUID(),
              now,
              fee.applicationId(),
              fee.appliedAmount(),
              fee.countedReceipts().stream().map(Fees::toEvent).toList(),
              fee.appliedMciYear(),
              fee.appliedMciValue(),
              fee.paidOn()));
    } else {
      FeeRejected.Reason reason = fee.rejectionReason().orElseThrow();
      log.info("Fee of {} rejected: {}", fee.applicationId(), reason);
      outbox.record(
          new FeeRejected(
              UUID.randomUUID(),
              now,
              fee.applicationId(),
              fee.appliedAmount(),
              fee.paid(),
              reason,
              fee.appliedMciYear(),
              fee.appliedMciValue(),
              fee.paidOn()));
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
