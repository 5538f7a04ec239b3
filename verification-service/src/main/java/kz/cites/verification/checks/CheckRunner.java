package kz.cites.verification.checks;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.cites.observability.TracedExecutors;
import kz.cites.verification.VerificationProperties;
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
 *
 * <p>The checks of one application are asked at the same time and their outcomes stored together,
 * in one transaction, as soon as all are back or the gathering window ({@code
 * cites.verification.gather-window}) has passed: one lock, load and write of the verification
 * instead of one per check. A check whose registry is still thinking then is stored on its own when
 * it answers, so a slow registry holds back no other outcome for longer than the window.
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
  private final Duration gatherWindow;
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
      VerificationProperties properties,
      Clock clock) {
    this.clock = clock;
    this.claims = claims;
    this.gatherWindow = properties.gatherWindow();
    this.individuals = individuals;
    this.legalEntities = legalEntities;
    this.entrepreneurs = entrepreneurs;
    this.payments = payments;
    this.huntingPermits = huntingPermits;
    this.courts = courts;
    this.verifications = verifications;
  }

  /** The checks just opened, claimed by this instance in the transaction that stored them. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(ChecksOpened opened) {
    askTogether(opened.checks());
  }

  /**
   * One re-check round: every check without a definite outcome that no instance holds is claimed
   * and asked again, each application's checks together.
   */
  public void recheck() {
    List<UUID> claimed = claims.claimWaiting(RECHECK_BATCH);
    if (!claimed.isEmpty()) {
      verifications.checks(claimed).stream()
          .collect(groupingBy(CheckRequest::applicationId, LinkedHashMap::new, toList()))
          .values()
          .forEach(this::askTogether);
    }
  }

  /** Asks about checks of one application this instance has claimed, off the caller's thread. */
  private void askTogether(List<CheckRequest> requests) {
    if (requests.isEmpty()) {
      return;
    }
    try {
      executor.execute(() -> gather(requests));
    } catch (RuntimeException e) {
      releaseQuietly(requests);
      throw e;
    }
  }

  /**
   * Asks every registry at once and stores what is back within the window together; the rest is
   * stored one by one as the registries answer. Storing gives the claims back in the same
   * transaction; when it cannot store, the claims are given back here and the next re-check round
   * asks again.
   */
  private void gather(List<CheckRequest> requests) {
    Map<CheckRequest, CompletableFuture<CheckOutcome>> asked = new LinkedHashMap<>();
    try {
      requests.forEach(r -> asked.put(r, CompletableFuture.supplyAsync(() -> ask(r), executor)));
      CompletableFuture.allOf(asked.values().toArray(CompletableFuture[]::new))
          .get(gatherWindow.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // some registry is slow: store what is back now, the rest when it answers
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // shutting down: the leases expire by themselves
      return;
    } catch (ExecutionException | RuntimeException e) {
      log.warn("Checks {} could not be asked: {}", requests, e.toString());
      releaseQuietly(requests);
      return;
    }
    List<Verifications.Answer> back = new ArrayList<>();
    asked.forEach(
        (request, outcome) -> {
          if (outcome.isDone()) {
            back.add(new Verifications.Answer(request, outcome.join()));
          } else {
            outcome.thenAccept(o -> store(List.of(new Verifications.Answer(request, o))));
          }
        });
    store(back);
  }

  private void store(List<Verifications.Answer> answers) {
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          verifications.record(answers);
          return;
        } catch (OptimisticLockingFailureException e) {
          // an outcome of the same application was stored at the same moment: store again on top
          if (attempt == RECORD_ATTEMPTS) {
            throw e;
          }
        }
      }
    } catch (RuntimeException e) {
      // the next re-check round tries again
      log.warn("Checks {} could not be stored: {}", answers, e.toString());
      releaseQuietly(answers.stream().map(Verifications.Answer::request).toList());
    }
  }

  private void releaseQuietly(List<CheckRequest> requests) {
    try {
      claims.release(requests.stream().map(CheckRequest::checkId).toList());
    } catch (RuntimeException e) {
      // the leases expire by themselves
      log.debug("Claims on checks {} not released: {}", requests, e.toString());
    }
  }

  private CheckOutcome ask(CheckRequest request) {
    CheckOutcome outcome = askRegistry(request);
    if (outcome.status() == CheckStatus.UNAVAILABLE) {
      log.warn(
          "{} check of {} unavailable: {}",
          request.kind(),
          request.applicationId(),
          outcome.reason());
    }
    return outcome;
  }

  private CheckOutcome askRegistry(CheckRequest request) {
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
