package kz.cites.permit.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import kz.cites.events.ApplicationRefused;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.CheckResult;
import kz.cites.events.FeeConfirmed;
import kz.cites.events.FeeRejected;
import kz.cites.events.ReviewCaseOpened;
import kz.cites.events.VerificationCompleted;
import kz.cites.messaging.Outbox;
import kz.cites.permit.permits.PermitIssuer;
import kz.cites.permit.review.domain.Decision;
import kz.cites.permit.review.domain.DecisionInputs;
import kz.cites.permit.review.domain.DecisionPolicy;
import kz.cites.permit.review.domain.ReviewCase;
import kz.cites.permit.review.persistence.ReviewCaseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collects the inputs of each application's review case and decides it once, when the last input
 * arrives, whichever that is. Runs in the consumer's transaction (with its inbox entry), so the
 * case change, the decision and the events it records commit together.
 */
@Service
public class ReviewCases {

  private static final Logger log = LoggerFactory.getLogger(ReviewCases.class);
  private static final TypeReference<List<CheckResult>> CHECKS = new TypeReference<>() {};

  private final ReviewCaseRepository cases;
  private final DecisionPolicy policy = new DecisionPolicy();
  private final PermitIssuer issuer;
  private final Outbox outbox;
  private final JsonMapper json;
  private final Clock clock;
  private final ReviewProperties properties;

  ReviewCases(
      ReviewCaseRepository cases,
      PermitIssuer issuer,
      Outbox outbox,
      JsonMapper json,
      Clock clock,
      ReviewProperties properties) {
    this.cases = cases;
    this.issuer = issuer;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
    this.properties = properties;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void submitted(ApplicationSubmitted event) {
    update(
        event.applicationId(),
        c ->
            c.recordSubmission(
                event.registrationNumber(),
                event.dueAt(),
                json.writeValueAsString(event.application())));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void verified(VerificationCompleted event) {
    update(
        event.applicationId(), c -> c.recordVerification(json.writeValueAsString(event.checks())));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void feeConfirmed(FeeConfirmed event) {
    update(event.applicationId(), c -> c.recordFeeConfirmed(event.amount()));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void feeRejected(FeeRejected event) {
    update(
        event.applicationId(),
        c -> c.recordFeeRejected(event.reason(), event.amount(), event.paid()));
  }

  private void update(UUID applicationId, Consumer<ReviewCase> input) {
    cases.createIfAbsent(applicationId);
    ReviewCase reviewCase =
        cases
            .lock(applicationId)
            .orElseThrow(() -> new IllegalStateException("Case " + applicationId + " vanished"));
    input.accept(reviewCase);
    if (reviewCase.readyForDecision()) {
      decide(reviewCase);
    }
  }

  private void decide(ReviewCase reviewCase) {
    ApplicationSnapshot application =
        json.readValue(reviewCase.applicationJson(), ApplicationSnapshot.class);
    List<CheckResult> checks = json.readValue(reviewCase.checksJson(), CHECKS);
    Decision decision =
        policy.decide(
            new DecisionInputs(
                application.personalDataConsent(),
                checks,
                reviewCase.feeOutcome(),
                reviewCase.feeRejection(),
                reviewCase.feeAmount(),
                reviewCase.feePaid()));
    Instant now = clock.instant();
    UUID applicationId = reviewCase.applicationId();
    switch (decision) {
      case Decision.Refuse refuse -> {
        reviewCase.refuse(refuse.grounds(), refuse.reason(), now);
        outbox.record(
            new ApplicationRefused(
                UUID.randomUUID(), now, applicationId, refuse.grounds(), refuse.reason(), true));
        log.info("Application {} refused automatically on {}", applicationId, refuse.grounds());
      }
      case Decision.OpenForReview open -> {
        reviewCase.open();
        outbox.record(
            new ReviewCaseOpened(UUID.randomUUID(), now, applicationId, reviewCase.dueAt()));
        if (properties.autoApproval()) {
          // Demo and local-stack policy: no officer in the loop, approve what has no ground.
          reviewCase.approve(now);
          issuer.issue(applicationId, reviewCase.registrationNumber(), application);
        }
      }
    }
  }
}
