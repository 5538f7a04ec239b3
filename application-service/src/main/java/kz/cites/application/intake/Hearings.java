package kz.cites.application.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.cites.application.cabinet.Cabinet;
import kz.cites.application.calendar.CurrentCalendar;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationDocument;
import kz.cites.application.intake.domain.ApplicationRepository;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.Caller;
import kz.cites.application.intake.domain.DocumentStore;
import kz.cites.application.intake.domain.Hearing;
import kz.cites.application.intake.domain.HearingRepository;
import kz.cites.application.intake.domain.HistoryArguments;
import kz.cites.application.intake.domain.IntakeEvents;
import kz.cites.application.intake.domain.IntakeRuleViolation;
import kz.cites.application.intake.domain.IntakeRuleViolation.Rule;
import kz.cites.calendar.HearingTerm;
import kz.cites.events.HearingAnswered;
import kz.cites.events.HearingLapsed;
import kz.cites.events.HearingScheduled;
import kz.cites.events.PreliminaryRefusalNotified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of the hearing before a refusal (APC art. 73; domain.md section 5): opens it
 * when permit-service notifies a preliminary refusal, with the deadline from the working calendar
 * ({@link HearingTerm}); takes the applicant's position once, in time; and when the deadline passes
 * without one, announces the lapse. Every step locks the application row first, so an answer and a
 * lapse of one hearing exclude each other, and permit-service follows the events.
 */
@Service
public class Hearings {

  private static final Logger log = LoggerFactory.getLogger(Hearings.class);

  private final ApplicationRepository applications;
  private final HearingRepository hearings;
  private final DocumentStore documents;
  private final CurrentCalendar calendar;
  private final HearingProperties properties;
  private final IntakeEvents events;
  private final Cabinet cabinet;
  private final Clock clock;

  Hearings(
      ApplicationRepository applications,
      HearingRepository hearings,
      DocumentStore documents,
      CurrentCalendar calendar,
      HearingProperties properties,
      IntakeEvents events,
      Cabinet cabinet,
      Clock clock) {
    this.applications = applications;
    this.hearings = hearings;
    this.documents = documents;
    this.calendar = calendar;
    this.properties = properties;
    this.events = events;
    this.cabinet = cabinet;
    this.clock = clock;
  }

  /**
   * permit-service notified a preliminary refusal: the hearing opens with its deadline, the
   * applicant finds the notice in the cabinet, and the deadline is announced. Runs in the
   * consumer's transaction with {@code application} locked; a repeated notice changes nothing, and
   * an application already closed (withdrawn, decided) gets no hearing.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void open(Application application, PreliminaryRefusalNotified notice) {
    if (hearings.existsById(notice.hearingId())) {
      return;
    }
    Instant now = clock.instant();
    Instant notifiedAt = notice.occurredAt() == null ? now : notice.occurredAt();
    if (application.status().isClosed()) {
      log.warn(
          "Preliminary refusal of application {} ignored: it is {}",
          application.id(),
          application.status());
      return;
    }
    Instant answerBy =
        properties.demoAnswerPeriod() != null
            ? notifiedAt.plus(properties.demoAnswerPeriod())
            : term().answerBy(notifiedAt);
    Instant decisionDueAt = term().decisionDueAt(answerBy);
    PreliminaryRefusalNotified.Meeting meeting = notice.meeting();
    Hearing hearing =
        hearings.save(
            new Hearing(
                notice.hearingId(),
                application.id(),
                notice.grounds(),
                notice.reason(),
                notice.explanation(),
                notice.automatic(),
                notifiedAt,
                meeting == null ? null : meeting.at(),
                meeting == null ? null : meeting.place(),
                answerBy,
                decisionDueAt));
    application.hearingStep(
        true,
        "PreliminaryRefusalNotified",
        notifiedAt,
        HistoryArguments.none().with("grounds", notice.grounds()).with("answerBy", answerBy),
        now);
    cabinet.hearingNotified(
        application.filer(),
        application.id(),
        application.registrationNumber(),
        notice.grounds(),
        notice.reason(),
        notice.explanation(),
        answerBy,
        hearing.meetingAt(),
        hearing.meetingPlace());
    events.hearingScheduled(
        new HearingScheduled(
            UUID.randomUUID(), now, application.id(), hearing.id(), answerBy, decisionDueAt));
  }

  /**
   * The owner states a position in the open hearing: a text and documents of the application
   * (uploaded before, as any document). Once per hearing, strictly before the deadline.
   */
  @Transactional
  public Hearing answer(UUID applicationId, Caller caller, String text, List<UUID> documentIds) {
    Application application =
        applications
            .findForUpdate(applicationId)
            .filter(a -> a.isOwnedBy(caller))
            .orElseThrow(
                () -> new IntakeRuleViolation(Rule.NOT_FOUND, null, "application", applicationId));
    application.requireHearing();
    Hearing hearing =
        latest(applicationId)
            .orElseThrow(
                () -> new IntakeRuleViolation(Rule.NO_OPEN_HEARING, null, "none", applicationId));
    Map<UUID, ApplicationDocument> own =
        documents.list(applicationId).stream()
            .collect(Collectors.toMap(ApplicationDocument::id, Function.identity()));
    List<HearingAnswered.Document> given = new ArrayList<>();
    for (int i = 0; i < documentIds.size(); i++) {
      ApplicationDocument document = own.get(documentIds.get(i));
      if (document == null) {
        throw new IntakeRuleViolation(
            Rule.UNKNOWN_DOCUMENT, "documentIds[" + i + "]", "not-own", documentIds.get(i));
      }
      given.add(
          new HearingAnswered.Document(
              document.id(), document.type().name(), document.fileName(), document.mediaType()));
    }
    Instant now = clock.instant();
    Instant decisionDueAt = term().decisionDueAt(now);
    hearing.answer(text, documentIds, now, decisionDueAt);
    application.hearingStep(
        false,
        "HearingAnswered",
        now,
        HistoryArguments.none().with("documents", given.size()),
        now);
    events.hearingAnswered(
        new HearingAnswered(
            UUID.randomUUID(), now, applicationId, hearing.id(), text, given, now, decisionDueAt));
    return hearing;
  }

  /**
   * The hearing of {@code applicationId} if its deadline passed without an answer: marked lapsed
   * and, for an application still in HEARING, announced (permit-service then makes the refusal
   * final). True when it lapsed now.
   */
  @Transactional
  public boolean lapseIfDue(UUID applicationId) {
    Optional<Application> found = applications.findForUpdate(applicationId);
    Optional<Hearing> open = latest(applicationId).filter(Hearing::isOpen);
    Instant now = clock.instant();
    if (found.isEmpty() || open.isEmpty() || !open.get().lapse(now)) {
      return false;
    }
    Application application = found.get();
    Hearing hearing = open.get();
    if (application.status() != ApplicationStatus.HEARING) {
      return true; // withdrawn or decided meanwhile: nothing to announce
    }
    application.hearingStep(
        false,
        "HearingLapsed",
        now,
        HistoryArguments.none().with("answerBy", hearing.answerBy()),
        now);
    events.hearingLapsed(
        new HearingLapsed(
            UUID.randomUUID(),
            now,
            applicationId,
            hearing.id(),
            hearing.answerBy(),
            hearing.decisionDueAt()));
    log.info("Hearing {} of application {} lapsed without an answer", hearing.id(), applicationId);
    return true;
  }

  /** The application's latest hearing, if it had one. */
  @Transactional(readOnly = true)
  public Optional<Hearing> latest(UUID applicationId) {
    return hearings.findFirstByApplicationIdOrderByNotifiedAtDesc(applicationId);
  }

  /** Whether {@code application} is in a hearing that still takes documents. */
  @Transactional(readOnly = true)
  public boolean takesDocuments(Application application) {
    return application.status() == ApplicationStatus.HEARING
        && latest(application.id()).filter(Hearing::isOpen).isPresent();
  }

  private HearingTerm term() {
    return HearingTerm.of(calendar.workingCalendar());
  }
}
