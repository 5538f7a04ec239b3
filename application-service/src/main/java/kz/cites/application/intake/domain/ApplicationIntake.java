package kz.cites.application.intake.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import kz.cites.application.intake.domain.IntakeRuleViolation.Rule;
import kz.cites.calendar.CalendarNotAvailableException;
import kz.cites.calendar.ServiceTerm;
import kz.cites.events.ApplicationSubmitted;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake use cases: drafts, submission with registration, and what each caller may read. An
 * applicant sees only their own applications; anyone else's look like they do not exist.
 */
@Service
public class ApplicationIntake {

  private final ApplicationRepository applications;
  private final RegistrationNumbers registrationNumbers;
  private final SignatureVerifier signatures;
  private final IntakeEvents events;
  private final ServiceTerm serviceTerm;
  private final Clock clock;

  ApplicationIntake(
      ApplicationRepository applications,
      RegistrationNumbers registrationNumbers,
      SignatureVerifier signatures,
      IntakeEvents events,
      ServiceTerm serviceTerm,
      Clock clock) {
    this.applications = applications;
    this.registrationNumbers = registrationNumbers;
    this.signatures = signatures;
    this.events = events;
    this.serviceTerm = serviceTerm;
    this.clock = clock;
  }

  /** The result of a submission; {@code repeated} when it answers an earlier identical request. */
  public record Submission(Application application, boolean repeated) {}

  @Transactional
  public Application createDraft(Caller caller, ApplicationContent content) {
    requireCallerIsApplicant(caller, content);
    return applications.save(Application.draft(caller, content, clock.instant()));
  }

  @Transactional
  public Application replaceDraft(UUID id, Caller caller, ApplicationContent content) {
    Application application = ownedForUpdate(id, caller);
    requireCallerIsApplicant(caller, content);
    application.replaceContent(content, clock.instant());
    return application;
  }

  /**
   * Registers the draft and records {@code ApplicationSubmitted} in the same transaction. A repeat
   * with the same Idempotency-Key gets the first answer; any other second submission is refused.
   */
  @Transactional
  public Submission submit(UUID id, Caller caller, String signature, String idempotencyKey) {
    Application application = ownedForUpdate(id, caller);
    if (application.wasSubmittedWith(idempotencyKey)) {
      return new Submission(application, true);
    }
    application.requireSubmittable();
    signatures.verify(application.id(), application.content(), signature);
    Instant now = clock.instant();
    ServiceTerm.Term term = termFor(now);
    String number = registrationNumbers.next(term.registrationDate().getYear());
    application.register(number, now, term, idempotencyKey);
    events.submitted(
        new ApplicationSubmitted(
            UUID.randomUUID(),
            now,
            application.id(),
            number,
            now,
            term.registrationDate(),
            term.dueAt(),
            application.content().toSnapshot()));
    return new Submission(application, false);
  }

  @Transactional(readOnly = true)
  public Application find(UUID id, Caller caller) {
    return applications
        .findById(id)
        .filter(application -> application.isVisibleTo(caller))
        .orElseThrow(() -> notFound(id));
  }

  /** A page, newest first: staff see all applications, an applicant their own. */
  @Transactional(readOnly = true)
  public Page<Application> page(Caller caller, ApplicationStatus status, int page, int size) {
    PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
    if (caller.staff()) {
      return status == null
          ? applications.findAll(request)
          : applications.findByStatus(status, request);
    }
    return status == null
        ? applications.findByOwnerIin(caller.iin(), request)
        : applications.findByOwnerIinAndStatus(caller.iin(), status, request);
  }

  private Application ownedForUpdate(UUID id, Caller caller) {
    return applications
        .findForUpdate(id)
        .filter(application -> application.isOwnedBy(caller))
        .orElseThrow(() -> notFound(id));
  }

  private ServiceTerm.Term termFor(Instant now) {
    try {
      return serviceTerm.termFor(now);
    } catch (CalendarNotAvailableException e) {
      throw new IntakeRuleViolation(Rule.CALENDAR_UNAVAILABLE, null, e.getMessage());
    }
  }

  /** One applies for oneself (IIN on the token) or for the company on the token (its BIN). */
  private static void requireCallerIsApplicant(Caller caller, ApplicationContent content) {
    if (!Objects.equals(caller.iin(), content.applicant().iin())) {
      throw new IntakeRuleViolation(
          Rule.APPLICANT_MISMATCH,
          "applicant.iin",
          "The applicant's IIN must be the IIN of the signed-in person");
    }
    if (content.applicant().actsForLegalEntity()
        && !Objects.equals(caller.bin(), content.applicant().bin())) {
      throw new IntakeRuleViolation(
          Rule.APPLICANT_MISMATCH,
          "applicant.bin",
          "The applicant's BIN must be the BIN of the company the signed-in person acts for");
    }
  }

  private static IntakeRuleViolation notFound(UUID id) {
    return new IntakeRuleViolation(Rule.NOT_FOUND, null, "Application " + id + " not found");
  }
}
