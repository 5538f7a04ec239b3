package kz.cites.verification.checks;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import kz.cites.observability.TracedExecutors;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.CheckRequest;
import kz.cites.verification.checks.domain.CheckStatus;
import kz.cites.verification.checks.domain.ChecksOpened;
import kz.cites.verification.checks.domain.CourtRecords;
import kz.cites.verification.checks.domain.EntrepreneursRegistry;
import kz.cites.verification.checks.domain.HuntingPermitRegistry;
import kz.cites.verification.checks.domain.IndividualsRegistry;
import kz.cites.verification.checks.domain.LegalEntitiesRegistry;
import kz.cites.verification.checks.domain.PaymentGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Asks the registries, always outside a transaction (a slow registry must not hold a database
 * connection): each check on a virtual thread of its own right after its verification committed,
 * and again on every re-check round while it is PENDING or UNAVAILABLE. Whichever instance asks
 * holds a claim on the check in the database first ({@link CheckClaims}), so with several instances
 * of the service no two ask about the same check at once.
 */
@Component
public class CheckRunner implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(CheckRunner.class);
  private static final int RECORD_ATTEMPTS = 5;
  private static final int RECHECK_BATCH = 200;

  private final IndividualsRegistry individuals;
  private final LegalEntitiesRegistry legalEntities;
  private final EntrepreneursRegistry entrepreneurs;
  private final PaymentGateway payments;
  private final HuntingPermitRegistry huntingPermits;
  private final CourtRecords courts;
  private final Verifications verifications;
  private final Clock clock;
  private final CheckClaims claims;
  private final ExecutorService executor = TracedExecutors.virtualThreadPerTask();

  CheckRunner(
      IndividualsRegistry individuals,
      LegalEntitiesRegistry legalEntities,
      EntrepreneursRegistry entrepreneurs,
      PaymentGateway payments,
      HuntingPermitRegistry huntingPermits,
      CourtRecords courts,
      Verifications verifications,
      CheckClaims claims,
      Clock clock) {
    this.clock = clock;
    this.claims = claims;
    this.individuals = individuals;
    this.legalEntities = legalEntities;
    this.entrepreneurs = entrepreneurs;
    this.payments = payments;
    this.huntingPermits = huntingPermits;
    this.courts = courts;
    this.verifications = verifications;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(ChecksOpened opened) {
    Set<UUID> claimed =
        Set.copyOf(claims.claim(opened.checks().stream().map(CheckRequest::checkId).toList()));
    opened.checks().stream().filter(c -> claimed.contains(c.checkId())).forEach(this::runSoon);
  }

  /**
   * One re-check round: every check without a definite outcome that no instance holds is claimed
   * and asked again.
   */
  public void recheck() {
    List<UUID> claimed = claims.claimWaiting(RECHECK_BATCH);
    if (!claimed.isEmpty()) {
      verifications.checks(claimed).forEach(this::runSoon);
    }
  }

  /**
   * Asks about a check this instance has claimed. Storing the outcome gives the claim back in the
   * same transaction; when it cannot be stored, the claim is given back here.
   */
  private void runSoon(CheckRequest request) {
    try {
      executor.execute(
          () -> {
            try {
              run(request);
            } catch (RuntimeException e) {
              // the next re-check round tries again
              log.warn("Check {} could not be stored: {}", request, e.toString());
              releaseQuietly(request);
            }
          });
    } catch (RuntimeException e) {
      releaseQuietly(request);
      throw e;
    }
  }

  private void releaseQuietly(CheckRequest request) {
    try {
      claims.release(request.checkId());
    } catch (RuntimeException e) {
      // the lease expires by itself
      log.debug("Claim on check {} not released: {}", request.checkId(), e.toString());
    }
  }

  private void run(CheckRequest request) {
    CheckOutcome outcome = ask(request);
    if (outcome.status() == CheckStatus.UNAVAILABLE) {
      log.warn(
          "{} check of {} unavailable: {}",
          request.kind(),
          request.applicationId(),
          outcome.reason());
    }
    for (int attempt = 1; ; attempt++) {
      try {
        verifications.record(request, outcome);
        return;
      } catch (OptimisticLockingFailureException e) {
        // another check of the same application was stored at the same moment: store again on top
        if (attempt == RECORD_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private CheckOutcome ask(CheckRequest request) {
    try {
      return switch (request.kind()) {
        case IDENTITY -> individuals.confirmIdentity(request.subjectId());
        case LEGAL_ENTITY -> legalEntities.confirmEntity(request.subjectId(), request.signerIin());
        case ENTREPRENEUR -> entrepreneurs.confirmEntrepreneur(request.subjectId());
        case DUTY_PAYMENT -> payments.dutyReceipts(request.subjectId(), request.reference());
        case HUNTING_PERMIT ->
            huntingPermits.confirmPermits(request.subjectId(), request.specimens());
        case COURT_RECORDS ->
            courts.confirmNoRestrictions(
                new CourtRecords.Subject(
                    "BIN".equals(request.reference())
                        ? CourtRecords.Subject.Kind.BIN
                        : CourtRecords.Subject.Kind.IIN,
                    request.subjectId()));
      };
    } catch (RuntimeException e) {
      // an adapter bug must not fail the applicant either
      log.error("{} check of {} failed unexpectedly", request.kind(), request.applicationId(), e);
      return CheckOutcome.unavailable("Unexpected error: " + e.getMessage(), null, clock.instant());
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
