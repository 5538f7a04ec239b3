package kz.cites.application.intake;

import java.time.Clock;
import kz.cites.application.cabinet.Cabinet;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationRepository;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.HistoryArguments;
import kz.cites.events.ApplicationEvent;
import kz.cites.events.ApplicationNotAccepted;
import kz.cites.events.ApplicationRefused;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.events.CheckResult;
import kz.cites.events.CitesEvent;
import kz.cites.events.FeeAssessed;
import kz.cites.events.FeeConfirmed;
import kz.cites.events.FeeRejected;
import kz.cites.events.HearingAnswered;
import kz.cites.events.HearingLapsed;
import kz.cites.events.HearingScheduled;
import kz.cites.events.PermitCancelled;
import kz.cites.events.PermitEndorsed;
import kz.cites.events.PermitImportConfirmed;
import kz.cites.events.PermitIssued;
import kz.cites.events.PreliminaryRefusalNotified;
import kz.cites.events.ReviewCaseOpened;
import kz.cites.events.ReviewOverdue;
import kz.cites.events.VerificationCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows the other services' events: the status moves forward with fee assessment, review, the
 * hearing of a preliminary refusal ({@link Hearings}) and decision; the fee and verification
 * outcomes, an overdue review and a permit cancellation go into the history. Order-independent and
 * idempotent, because events of different topics may arrive in any order or more than once. A
 * decision or cancellation also drops a notification into the applicant's cabinet, in the same
 * transaction; so does the status push to integrators (webhooks), through the {@code StatusChanged}
 * the application registers and its save publishes.
 */
@Service
public class StatusTracking {

  private static final Logger log = LoggerFactory.getLogger(StatusTracking.class);

  private final ApplicationRepository applications;
  private final Cabinet cabinet;
  private final Hearings hearings;
  private final Clock clock;

  StatusTracking(
      ApplicationRepository applications, Cabinet cabinet, Hearings hearings, Clock clock) {
    this.applications = applications;
    this.cabinet = cabinet;
    this.hearings = hearings;
    this.clock = clock;
  }

  @Transactional
  public void apply(CitesEvent received) {
    if (!(received instanceof ApplicationEvent event)
        || event instanceof ApplicationSubmitted
        || event instanceof ApplicationWithdrawn
        || event instanceof HearingScheduled
        || event instanceof HearingAnswered
        || event instanceof HearingLapsed) {
      return; // our own announcement, or not an application's event
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
              HistoryArguments.none()
                  .with("amount", e.amount().toPlainString())
                  .with("currency", e.currency()),
              now);
      case ReviewCaseOpened e ->
          application.progress(ApplicationStatus.IN_REVIEW, kind, at, HistoryArguments.none(), now);
      case PermitIssued e -> {
        // a withdrawn (or already decided) application keeps its status: the history notes it
        boolean open = !application.status().isClosed();
        if (application.issue(e.permitNumber(), kind, at, now) && open) {
          cabinet.permitIssued(
              application.filer(),
              application.id(),
              application.registrationNumber(),
              e.permitNumber());
        }
      }
      case ApplicationRefused e -> {
        boolean open = !application.status().isClosed();
        if (application.refuse(e.grounds(), e.reason(), e.explanation(), kind, at, now) && open) {
          cabinet.applicationRefused(
              application.filer(),
              application.id(),
              application.registrationNumber(),
              e.grounds(),
              e.reason(),
              e.explanation());
        }
      }
      case ApplicationNotAccepted e -> {
        boolean open = !application.status().isClosed();
        if (application.notAccept(e.duty(), e.reason(), e.explanation(), kind, at, now) && open) {
          cabinet.applicationNotAccepted(
              application.filer(),
              application.id(),
              application.registrationNumber(),
              e.duty(),
              e.reason(),
              e.explanation());
        }
      }
      case PreliminaryRefusalNotified e -> hearings.open(application, e);
      case ReviewOverdue e -> application.markOverdue(e.dueAt(), kind, at, now);
      case PermitCancelled e -> {
        boolean withdrawn = application.status() == ApplicationStatus.WITHDRAWN;
        if (application.cancelPermit(e.permitNumber(), e.reason(), kind, at, now) && !withdrawn) {
          cabinet.permitCancelled(
              application.filer(),
              application.id(),
              application.registrationNumber(),
              e.permitNumber(),
              e.reason());
        }
      }
      case PermitEndorsed e -> {
        if (application.recordEndorsement(
            e.permitNumber(), e.endorsedOn(), e.borderCrossing(), kind, at, now)) {
          cabinet.permitEndorsed(
              application.filer(),
              application.id(),
              application.registrationNumber(),
              e.permitNumber(),
              e.endorsedOn(),
              e.borderCrossing());
        }
      }
      // the importing country's answer through the e-permit exchange: history only, the
      // application's status and the cabinet stay as they are
      case PermitImportConfirmed e -> {
        HistoryArguments note =
            HistoryArguments.none()
                .with("permitNumber", e.permitNumber())
                .with("importingCountry", e.importingCountry())
                .with("confirmedOn", e.confirmedOn());
        application.progress(
            null, kind, at, e.confirmed() ? note : note.with("refused", "true"), now);
      }
      case FeeConfirmed e -> application.progress(null, kind, at, HistoryArguments.none(), now);
      case FeeRejected e ->
          application.progress(
              null, kind, at, HistoryArguments.none().with("duty", e.reason()), now);
      case VerificationCompleted e ->
          application.progress(null, kind, at, verificationNote(e), now);
      // our own announcements (the application topic is not consumed; listed for completeness)
      case ApplicationSubmitted e -> {}
      case ApplicationWithdrawn e -> {}
      default -> {}
    }
    // publishes what the application registered (StatusChanged) in this transaction
    applications.save(application);
  }

  /** The checks that failed, if any; the note says all passed otherwise. */
  private static HistoryArguments verificationNote(VerificationCompleted event) {
    return HistoryArguments.none()
        .with(
            "failed",
            event.checks().stream()
                .filter(c -> c.outcome() == CheckResult.Outcome.FAILED)
                .map(CheckResult::check)
                .toList());
  }

  private static String kind(CitesEvent event) {
    return event.getClass().getSimpleName();
  }
}
