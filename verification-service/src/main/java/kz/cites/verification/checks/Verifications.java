package kz.cites.verification.checks;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    // The new checks are claimed by this instance in the transaction that stores them, so that no
    // re-check round (of any instance) takes them between the commit and their first ask: they are
    // asked once, in the trace of the event that opened them, and the claim costs no transaction
    // of its own. Should this instance stop before asking, the claims expire after the lease and
    // the next round asks.
    repository.flush();
    List<CheckRequest> opened =
        verification.checks().stream()
            .map(c -> CheckRequest.of(verification.applicationId(), c))
            .toList();
    Set<UUID> claimed =
        Set.copyOf(claims.claim(opened.stream().map(CheckRequest::checkId).toList()));
    publisher.publishEvent(
        new ChecksOpened(opened.stream().filter(c -> claimed.contains(c.checkId())).toList()));
  }

  /** A registry's answer to one check: what was asked and what came back. */
  public record Answer(CheckRequest request, CheckOutcome outcome) {}

  /**
   * Stores the outcomes of one application's checks, asked together, in one transaction and, when
   * they complete the verification, records {@code VerificationCompleted} with them.
   *
   * <p>The verification's row is locked first, so outcomes of the same application stored apart
   * wait for each other instead of failing ({@link VerificationRepository#lockById}). The claims on
   * the checks are given back in the same transaction ({@link CheckClaims#release}): stored and
   * released at once, or neither.
   *
   * @throws IllegalArgumentException when the answers are not all about one application
   * @throws org.springframework.dao.OptimisticLockingFailureException should an outcome be stored
   *     meanwhile by a writer that did not lock; the caller retries
   */
  @Transactional
  public void record(List<Answer> answers) {
    if (answers.isEmpty()) {
      return;
    }
    UUID applicationId = answers.getFirst().request().applicationId();
    if (answers.stream().anyMatch(a -> !a.request().applicationId().equals(applicationId))) {
      throw new IllegalArgumentException("Answers about several applications: " + answers);
    }
    claims.release(answers.stream().map(a -> a.request().checkId()).toList());
    Verification verification =
        repository
            .lockById(applicationId)
            .orElseThrow(() -> new IllegalStateException("No verification " + applicationId));
    var now = clock.instant();
    for (Answer answer : answers) {
      verification
          .record(answer.request().checkId(), findings.explained(answer.outcome()), now)
          .ifPresent(
              completed -> {
                log.info("Verification of {} completed", completed.applicationId());
                events.completed(completed);
              });
    }
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
