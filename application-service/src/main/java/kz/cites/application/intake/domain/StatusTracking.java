package kz.cites.application.intake.domain;

import java.time.Clock;
import java.util.stream.Collectors;
import kz.cites.events.ApplicationRefused;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.CheckResult;
import kz.cites.events.CitesEvent;
import kz.cites.events.FeeAssessed;
import kz.cites.events.FeeConfirmed;
import kz.cites.events.FeeRejected;
import kz.cites.events.PermitIssued;
import kz.cites.events.ReviewCaseOpened;
import kz.cites.events.VerificationCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows the other services' events: the status moves forward with fee assessment, review and
 * decision; the fee and verification outcomes go into the history. Order-independent and
 * idempotent, because events of different topics may arrive in any order or more than once.
 */
@Service
public class StatusTracking {

  private static final Logger log = LoggerFactory.getLogger(StatusTracking.class);

  private final ApplicationRepository applications;
  private final Clock clock;

  StatusTracking(ApplicationRepository applications, Clock clock) {
    this.applications = applications;
    this.clock = clock;
  }

  @Transactional
  public void apply(CitesEvent event) {
    if (event instanceof ApplicationSubmitted) {
      return; // our own announcement
    }
    Application application = applications.findForUpdate(event.applicationId()).orElse(null);
    if (application == null) {
      log.warn("{} for unknown application {} ignored", kind(event), event.applicationId());
      return;
    }
    var now = clock.instant();
    var at = event.occurredAt();
    String kind = kind(event);
    switch (event) {
      case FeeAssessed e ->
          application.progress(
              ApplicationStatus.IN_VERIFICATION,
              kind,
              at,
              "State duty assessed: " + e.amount().toPlainString() + " " + e.currency(),
              now);
      case ReviewCaseOpened e ->
          application.progress(
              ApplicationStatus.IN_REVIEW, kind, at, "Under review by the authority", now);
      case PermitIssued e -> application.issue(e.permitNumber(), kind, at, now);
      case ApplicationRefused e -> application.refuse(e.grounds(), e.reason(), kind, at, now);
      case FeeConfirmed e ->
          application.progress(null, kind, at, "State duty payment confirmed", now);
      case FeeRejected e ->
          application.progress(
              null, kind, at, "State duty payment not accepted: " + e.reason(), now);
      case VerificationCompleted e ->
          application.progress(null, kind, at, verificationNote(e), now);
      case ApplicationSubmitted e -> {}
      // withdrawal, overdue reviews and permit cancellation are not tracked here yet
      default -> {}
    }
  }

  private static String verificationNote(VerificationCompleted event) {
    if (event.allPassed()) {
      return "All registry checks passed";
    }
    return "Registry checks failed: "
        + event.checks().stream()
            .filter(c -> c.outcome() == CheckResult.Outcome.FAILED)
            .map(c -> c.check().name())
            .collect(Collectors.joining(", "));
  }

  private static String kind(CitesEvent event) {
    return event.getClass().getSimpleName();
  }
}
