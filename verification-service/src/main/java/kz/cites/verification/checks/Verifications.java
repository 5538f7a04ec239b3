package kz.cites.verification.checks;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.CheckRequest;
import kz.cites.verification.checks.domain.ChecksOpened;
import kz.cites.verification.checks.domain.Verification;
import kz.cites.verification.checks.domain.VerificationCheck;
import kz.cites.verification.checks.domain.VerificationEvents;
import kz.cites.verification.checks.domain.VerificationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens verifications and stores check outcomes; completion is announced with the last outcome. */
@Service
public class Verifications {

  private static final Logger log = LoggerFactory.getLogger(Verifications.class);

  private final VerificationRepository repository;
  private final VerificationEvents events;
  private final ApplicationEventPublisher publisher;
  private final FindingTexts findings;
  private final CheckClaims claims;
  private final Clock clock;

  Verifications(
      VerificationRepository repository,
      VerificationEvents events,
      ApplicationEventPublisher publisher,
      FindingTexts findings,
      CheckClaims claims,
      Clock clock) {
    this.findings = findings;
    this.claims = claims;
    this.clock = clock;
    this.repository = repository;
    this.events = events;
    this.publisher = publisher;
  }

  /**
   * Stores the pending checks of a submitted application, in the caller's (inbox) transaction. An
   * application already under verification is left alone, whatever event id brought it again.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void open(ApplicationSubmitted submitted) {
    if (repository.existsById(submitted.applicationId())) {
      log.info("Application {} is already under verification", submitted.applicationId());
      return;
    }
    Verification verification = repository.save(Verification.open(submitted, clock.instant()));
    publisher.publishEvent(
        new ChecksOpened(
            verification.checks().stream()
                .map(c -> CheckRequest.of(verification.applicationId(), c))
                .toList()));
  }

  /**
   * Stores one attempt's outcome and, when it was the last definite outcome missing, records {@code
   * VerificationCompleted} in the same transaction.
   *
   * <p>The verification's row is locked first, so outcomes of the same application wait for each
   * other instead of failing ({@link VerificationRepository#lockById}). The claim on the check is
   * given back in the same transaction ({@link CheckClaims#release}): stored and released at once,
   * or neither.
   *
   * @throws org.springframework.dao.OptimisticLockingFailureException should an outcome be stored
   *     meanwhile by a writer that did not lock; the caller retries
   */
  @Transactional
  public void record(CheckRequest request, CheckOutcome outcome) {
    claims.release(request.checkId());
    Verification verification =
        repository
            .lockById(request.applicationId())
            .orElseThrow(() -> new IllegalStateException("No verification " + request));
    verification
        .record(request.checkId(), findings.explained(outcome), clock.instant())
        .ifPresent(
            completed -> {
              log.info("Verification of {} completed", completed.applicationId());
              events.completed(completed);
            });
  }

  /**
   * Stops checking a withdrawn application, in the caller's (inbox) transaction. Withdrawn before
   * we saw it submitted: remembered, so the submission opens nothing.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void withdraw(ApplicationWithdrawn withdrawn) {
    repository
        .findById(withdrawn.applicationId())
        .ifPresentOrElse(
            verification -> {
              if (verification.withdraw(clock.instant())) {
                log.info("Application {} withdrawn: checks stopped", withdrawn.applicationId());
              }
            },
            () ->
                repository.save(
                    Verification.withdrawnBeforeSubmission(
                        withdrawn.applicationId(), clock.instant())));
  }

  /** The checks {@code checkIds} names, to be asked about. */
  @Transactional(readOnly = true)
  public List<CheckRequest> checks(Collection<UUID> checkIds) {
    return repository.findChecks(checkIds).stream()
        .map(c -> CheckRequest.of(c.verification().applicationId(), c))
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<Verification> find(UUID applicationId) {
    Optional<Verification> verification = repository.findWithChecksByApplicationId(applicationId);
    // loaded here rather than fetch-joined: a second collection per check would multiply the rows
    verification.ifPresent(v -> v.checks().forEach(VerificationCheck::specimens));
    return verification;
  }
}
