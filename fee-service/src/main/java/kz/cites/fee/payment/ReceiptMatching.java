package kz.cites.fee.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.cites.fee.assessment.Fees;
import kz.cites.fee.assessment.domain.ApplyResult;
import kz.cites.fee.assessment.domain.FeeAwaitsPayment;
import kz.cites.fee.assessment.domain.FeeStatus;
import kz.cites.fee.assessment.domain.MatchedBy;
import kz.cites.fee.assessment.domain.PayerLock;
import kz.cites.fee.assessment.domain.PaymentCoverage;
import kz.cites.fee.assessment.domain.Receipt;
import kz.cites.fee.payment.domain.MatchRule;
import kz.cites.fee.payment.domain.MatchStatus;
import kz.cites.fee.payment.domain.Notification;
import kz.cites.fee.payment.domain.NotifiedReceipt;
import kz.cites.fee.payment.domain.NotifiedReceipts;
import kz.cites.fee.tariff.domain.Duty;
import kz.cites.fee.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments without reference (in cash or by bank transfer): matched to the payer's application by
 * payer, amount and date ({@link MatchRule}), or assigned by an officer when several applications
 * fit or none does. Every step runs under the payer's lock, taken before any case lock.
 */
@Service
public class ReceiptMatching {

  private static final Logger log = LoggerFactory.getLogger(ReceiptMatching.class);

  private final NotifiedReceipts receipts;
  private final Fees fees;
  private final PayerLock payerLock;
  private final MatchRule rule;
  private final Clock clock;

  ReceiptMatching(
      NotifiedReceipts receipts,
      Fees fees,
      PayerLock payerLock,
      MatchingProperties properties,
      Clock clock) {
    this.receipts = receipts;
    this.fees = fees;
    this.payerLock = payerLock;
    this.rule = properties.rule();
    this.clock = clock;
  }

  /** A receipt an officer may assign, with the applications that fitted it. */
  public record Waiting(
      NotifiedReceipt receipt, Optional<BigDecimal> dutyOnPaymentDay, List<Candidate> candidates) {}

  /** An application a waiting receipt could pay for, as its duty stands now. */
  public record Candidate(UUID applicationId, FeeStatus feeStatus) {}

  /** The outcome of an assignment: the receipt as it now stands and its application's duty. */
  public record Assignment(NotifiedReceipt receipt, FeeStatus feeStatus) {}

  /**
   * Matches a receipt without reference that was just recorded. The caller (the notification's
   * transaction) holds the payer's lock.
   */
  @Transactional
  public void matchNew(Notification notification) {
    payerLock.lock(notification.payerId());
    match(notification);
  }

  /**
   * One of the payer's applications is assessed and waits for payment: the payer's receipts without
   * reference that found no application are matched again (the assessing transaction holds the
   * payer's lock).
   */
  @EventListener
  @Transactional
  public void onAwaitsPayment(FeeAwaitsPayment assessed) {
    payerLock.lock(assessed.payerId());
    for (NotifiedReceipt unmatched : receipts.unmatchedOf(assessed.payerId())) {
      match(unmatched.notification());
    }
  }

  /** The receipts waiting for an officer, with {@code statuses}, oldest payment first. */
  @Transactional(readOnly = true)
  public List<Waiting> waiting(Set<MatchStatus> statuses) {
    return receipts.withStatus(statuses).stream()
        .map(
            r ->
                new Waiting(
                    r,
                    fees.dutyOn(PaymentCoverage.dayOf(r.notification().paidAt())).map(Duty::amount),
                    r.candidates().stream()
                        .map(id -> new Candidate(id, fees.statusOf(id).orElse(null)))
                        .toList()))
        .toList();
  }

  /**
   * An officer assigns a receipt that pays for no application yet to {@code applicationId}. The
   * same assignment again changes nothing and answers the same.
   */
  @Transactional
  public Assignment assign(String receiptNumber, UUID applicationId, String officer) {
    NotifiedReceipt found = receipts.find(receiptNumber).orElseThrow(() -> unknown(receiptNumber));
    payerLock.lock(found.payerId());
    // read again under the lock: a concurrent assignment of the same receipt has committed
    NotifiedReceipt receipt = receipts.find(receiptNumber).orElseThrow();
    if (!receipt.status().awaitsOfficer()) {
      if (applicationId.equals(receipt.applicationId())) {
        return new Assignment(receipt, fees.statusOf(applicationId).orElse(null));
      }
      throw ApiProblem.RECEIPT_ALREADY_ASSIGNED
          .detail("pays", receiptNumber, receipt.applicationId())
          .with("field", "receiptNumber")
          .with("applicationId", receipt.applicationId())
          .with("matchStatus", receipt.status().name());
    }
    ApplyResult result =
        fees.takeMatchedPayment(
            applicationId, receiptOf(receipt.notification()), MatchedBy.OFFICER);
    if (result != ApplyResult.APPLIED) {
      // rolls back whatever the attempt touched
      throw ApiProblem.RECEIPT_NOT_ASSIGNABLE
          .detail(result.name(), applicationId, receipt.payerId())
          .with("field", "applicationId")
          .with("reason", result.name());
    }
    Instant now = clock.instant();
    receipts.assigned(receiptNumber, applicationId, officer, now);
    log.info("Receipt {} assigned to application {} by {}", receiptNumber, applicationId, officer);
    return new Assignment(
        receipts.find(receiptNumber).orElseThrow(), fees.statusOf(applicationId).orElse(null));
  }

  private void match(Notification notification) {
    List<UUID> candidates =
        rule.candidates(
            notification.amount(),
            notification.paidAt(),
            fees.dutyOn(PaymentCoverage.dayOf(notification.paidAt())).map(Duty::amount),
            fees.awaitingPaymentBy(notification.payerId()));
    String number = notification.receiptNumber();
    if (candidates.size() == 1) {
      UUID applicationId = candidates.getFirst();
      ApplyResult result =
          fees.takeMatchedPayment(
              applicationId, receiptOf(notification), MatchedBy.PAYER_AMOUNT_DATE);
      if (result == ApplyResult.APPLIED) {
        receipts.matched(number, MatchStatus.MATCHED, applicationId, candidates);
        log.info("Receipt {} without reference matched to application {}", number, applicationId);
        return;
      }
      // the application's duty changed since it was listed: nothing fits any more
      candidates = List.of();
    }
    if (candidates.size() > 1) {
      receipts.matched(number, MatchStatus.AMBIGUOUS, null, candidates);
      log.warn(
          "Receipt {} without reference fits {} applications {}; an officer must choose",
          number,
          candidates.size(),
          candidates);
    } else {
      receipts.matched(number, MatchStatus.UNMATCHED, null, List.of());
      log.info(
          "Receipt {} without reference fits no application of its payer (yet); listed for"
              + " officers",
          number);
    }
  }

  static Receipt receiptOf(Notification n) {
    return new Receipt(n.receiptNumber(), n.payerId(), n.amount(), n.paidAt(), n.reference());
  }

  private static RuntimeException unknown(String receiptNumber) {
    return ApiProblem.NOT_FOUND.detail("receipt", receiptNumber).with("field", "receiptNumber");
  }
}
