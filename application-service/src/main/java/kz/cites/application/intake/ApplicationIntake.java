package kz.cites.application.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import kz.cites.access.Party;
import kz.cites.application.cabinet.Cabinet;
import kz.cites.application.calendar.CurrentCalendar;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.ApplicationDocument;
import kz.cites.application.intake.domain.ApplicationRepository;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.Caller;
import kz.cites.application.intake.domain.ContentRules;
import kz.cites.application.intake.domain.DocumentStore;
import kz.cites.application.intake.domain.IntakeEvents;
import kz.cites.application.intake.domain.IntakeRuleViolation;
import kz.cites.application.intake.domain.IntakeRuleViolation.Rule;
import kz.cites.application.intake.domain.RegistrationNumbers;
import kz.cites.application.intake.domain.RequiredDocuments;
import kz.cites.application.intake.domain.SignatureRefused;
import kz.cites.application.intake.domain.SignatureVerifier;
import kz.cites.application.intake.domain.SigningPayload;
import kz.cites.application.species.SpeciesLookup;
import kz.cites.application.species.domain.UnknownSpecies;
import kz.cites.calendar.CalendarNotAvailableException;
import kz.cites.calendar.Kazakhstan;
import kz.cites.calendar.ServiceTerm;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.web.EntityTags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake use cases: drafts, submission with registration, and what each caller may read. An
 * applicant sees only their own applications; anyone else's look like they do not exist.
 */
@Service
public class ApplicationIntake {

  private static final Logger log = LoggerFactory.getLogger(ApplicationIntake.class);

  private final ApplicationRepository applications;
  private final RegistrationNumbers registrationNumbers;
  private final SignatureVerifier signatures;
  private final IntakeEvents events;
  private final CurrentCalendar calendar;
  private final SpeciesLookup species;
  private final DocumentStore documents;
  private final Cabinet cabinet;
  private final Clock clock;
  private final TransactionTemplate readOnly;
  private final TransactionTemplate readWrite;

  ApplicationIntake(
      ApplicationRepository applications,
      RegistrationNumbers registrationNumbers,
      SignatureVerifier signatures,
      IntakeEvents events,
      CurrentCalendar calendar,
      SpeciesLookup species,
      DocumentStore documents,
      Cabinet cabinet,
      Clock clock,
      PlatformTransactionManager transactionManager) {
    this.readWrite = new TransactionTemplate(transactionManager);
    this.readOnly = new TransactionTemplate(transactionManager);
    this.readOnly.setReadOnly(true);
    this.cabinet = cabinet;
    this.species = species;
    this.documents = documents;
    this.applications = applications;
    this.registrationNumbers = registrationNumbers;
    this.signatures = signatures;
    this.events = events;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The result of a submission; {@code repeated} when it answers an earlier identical request. */
  public record Submission(Application application, boolean repeated) {}

  @Transactional
  public Application createDraft(Caller caller, ApplicationContent content) {
    requireCallerIsApplicant(caller, content);
    return applications.saveAndFlush(Application.draft(caller, checked(content), clock.instant()));
  }

  @Transactional
  public Application replaceDraft(UUID id, Caller caller, ApplicationContent content) {
    return replaceDraft(id, caller, content, null);
  }

  /**
   * As {@link #replaceDraft(UUID, Caller, ApplicationContent)}, on the condition that the current
   * version's entity-tag satisfies {@code ifMatch} (the client's If-Match), judged under the row
   * lock so that two clients holding one version cannot both replace it.
   */
  @Transactional
  public Application replaceDraft(
      UUID id, Caller caller, ApplicationContent content, Predicate<String> ifMatch) {
    Application application = ownedForUpdate(id, caller);
    String current = EntityTags.of(application.version());
    if (ifMatch != null && !ifMatch.test(current)) {
      throw new IntakeRuleViolation(Rule.VERSION_CHANGED, EntityTags.IF_MATCH, "version", current)
          .with("currentETag", current);
    }
    requireCallerIsApplicant(caller, content);
    application.requireDraft();
    application.replaceContent(checked(content), clock.instant());
    return application;
  }

  /**
   * Registers the draft and records {@code ApplicationSubmitted} in the same transaction. A repeat
   * with the same Idempotency-Key gets the first answer; any other second submission is refused.
   *
   * <p>In three steps, so that neither a database connection nor the draft's row lock is held while
   * the EDS is checked (two ECDSA verifications and a round trip to the NCA's OCSP responder, which
   * may be slow: with the lock held, a slow NCA would take the whole connection pool with it):
   *
   * <ol>
   *   <li>a short read-only transaction checks the draft (status, checklist, content rules,
   *       completeness) and builds the signing payload;
   *   <li>the signature is verified against that payload, outside any transaction;
   *   <li>the draft is locked and registered, but only if it is still the draft the signature was
   *       verified over. When it changed meanwhile (a replacement, an upload), the signature does
   *       not cover it: the answer is the one a signature sent after the change gets.
   * </ol>
   */
  public Submission submit(UUID id, Caller caller, String signature, String idempotencyKey) {
    // the certificate is judged at the time of receipt, not at the signing time the signer claims
    Instant receivedAt = clock.instant();
    Checked draft = readOnly.execute(status -> checkedForSubmission(id, caller, idempotencyKey));
    if (draft.repeated() != null) {
      return new Submission(draft.repeated(), true);
    }
    signatures.verify(draft.payload(), signature, draft.content().applicant(), receivedAt);
    return readWrite.execute(status -> register(id, caller, idempotencyKey, draft, receivedAt));
  }

  /**
   * A draft ready to be registered once its signature is verified: the version read, its content as
   * the checklist and the rules of the day of receipt have it, and the payload the signature must
   * cover; or the application an identical earlier submission registered ({@code repeated}).
   */
  private record Checked(
      Application repeated, long version, ApplicationContent content, byte[] payload) {}

  private Checked checkedForSubmission(UUID id, Caller caller, String idempotencyKey) {
    Application application =
        applications.findById(id).filter(a -> a.isOwnedBy(caller)).orElseThrow(() -> notFound(id));
    if (application.wasSubmittedWith(idempotencyKey)) {
      return new Checked(application, application.version(), null, null);
    }
    application.requireSubmittable();
    // the checklist may have changed since the draft was saved: the appendix is decided now
    ApplicationContent content = checked(application.content());
    List<ApplicationDocument> attached = documents.list(id);
    requireComplete(content, attached);
    return new Checked(
        null, application.version(), content, SigningPayload.of(id, content, attached));
  }

  private Submission register(
      UUID id, Caller caller, String idempotencyKey, Checked draft, Instant receivedAt) {
    Application application = ownedForUpdate(id, caller);
    if (application.wasSubmittedWith(idempotencyKey)) {
      return new Submission(application, true);
    }
    application.requireSubmittable();
    if (application.version() != draft.version()
        || !Arrays.equals(
            draft.payload(), SigningPayload.of(id, draft.content(), documents.list(id)))) {
      throw new SignatureRefused(SignatureVerifier.Reason.SIGNATURE_INVALID, "not-the-payload");
    }
    application.replaceContent(draft.content(), receivedAt);
    ServiceTerm.Term term = termFor(receivedAt);
    String number = registrationNumbers.next(term.registrationDate().getYear());
    application.register(number, receivedAt, term, idempotencyKey);
    events.submitted(
        new ApplicationSubmitted(
            UUID.randomUUID(),
            receivedAt,
            application.id(),
            number,
            receivedAt,
            term.registrationDate(),
            term.dueAt(),
            application.content().toSnapshot()));
    cabinet.submissionRegistered(application.filer(), application.id(), number, term.dueDate());
    applications.save(application); // publishes its StatusChanged in this transaction
    return new Submission(application, false);
  }

  /**
   * The applicant withdraws before a decision. A submitted application is announced with {@code
   * ApplicationWithdrawn} (in this transaction) so that checks and review stop; a draft never
   * reached the other services, so its withdrawal stays here. Either way the cabinet confirms it.
   */
  @Transactional
  public Application withdraw(UUID id, Caller caller, String reason) {
    Application application = ownedForUpdate(id, caller);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    Instant now = clock.instant();
    application.withdraw(why, now);
    if (application.wasSubmitted()) {
      events.withdrawn(new ApplicationWithdrawn(UUID.randomUUID(), now, application.id(), why));
    }
    cabinet.withdrawalConfirmed(
        application.filer(), application.id(), application.registrationNumber(), why);
    return applications.save(application); // publishes its StatusChanged in this transaction
  }

  /** The canonical bytes the applicant signs (see {@link SigningPayload}). */
  @Transactional(readOnly = true)
  public byte[] signingPayload(UUID id, Caller caller) {
    Application application =
        applications.findById(id).filter(a -> a.isOwnedBy(caller)).orElseThrow(() -> notFound(id));
    return signingPayload(application);
  }

  private byte[] signingPayload(Application application) {
    return SigningPayload.of(
        application.id(), application.content(), documents.list(application.id()));
  }

  /** An incomplete package is refused with every missing item at once. */
  private static void requireComplete(
      ApplicationContent content, List<ApplicationDocument> attached) {
    List<RequiredDocuments.Requirement> missing =
        RequiredDocuments.missing(content, RequiredDocuments.typesOf(attached));
    if (!missing.isEmpty()) {
      throw new IntakeRuleViolation(
          Rule.INCOMPLETE,
          null,
          missing,
          "items",
          missing.size(),
          missing.stream().map(RequiredDocuments.Requirement::item).distinct().toList());
    }
  }

  /**
   * The content with each specimen's accepted name and appendix from the checklist, checked against
   * the rules that need today's date or the appendix.
   */
  private ApplicationContent checked(ApplicationContent content) {
    List<ApplicationContent.Specimen> listed = new ArrayList<>();
    List<UnknownSpecies.Name> unknown = new ArrayList<>();
    for (int i = 0; i < content.specimens().size(); i++) {
      ApplicationContent.Specimen s = content.specimens().get(i);
      var resolution = species.resolve(s.scientificName(), s.countryOfOrigin());
      if (resolution.isPresent()) {
        var names = resolution.get().commonNames();
        listed.add(
            s.listedAs(
                resolution.get().acceptedName(),
                resolution.get().appendix().name(),
                names == null
                    ? null
                    : new ApplicationContent.CommonNames(names.kk(), names.ru(), names.en())));
      } else {
        unknown.add(
            new UnknownSpecies.Name(
                "specimens[" + i + "].scientificName",
                s.scientificName(),
                species.suggestions(s.scientificName())));
      }
    }
    if (!unknown.isEmpty()) {
      throw new UnknownSpecies(unknown);
    }
    ApplicationContent result = content.withSpecimens(listed);
    ContentRules.check(result, LocalDate.ofInstant(clock.instant(), Kazakhstan.ZONE));
    return result;
  }

  @Transactional(readOnly = true)
  public Application find(UUID id, Caller caller) {
    return applications
        .findById(id)
        .filter(application -> application.isVisibleTo(caller))
        .orElseThrow(() -> notFound(id));
  }

  /**
   * A page, newest first: staff see all applications; an applicant acting for a company the
   * company's, one signed in alone their own ({@link kz.cites.access.Party#mayAccess}).
   */
  @Transactional(readOnly = true)
  public Page<Application> page(Caller caller, ApplicationStatus status, int page, int size) {
    PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
    if (caller.staff()) {
      return status == null
          ? applications.findAll(request)
          : applications.findByStatus(status, request);
    }
    Party party = caller.party();
    if (party.isCompany()) {
      return status == null
          ? applications.findByOwnerBin(party.bin(), request)
          : applications.findByOwnerBinAndStatus(party.bin(), status, request);
    }
    return status == null
        ? applications.findByOwnerIinAndOwnerBinIsNull(party.iin(), request)
        : applications.findByOwnerIinAndOwnerBinIsNullAndStatus(party.iin(), status, request);
  }

  private Application ownedForUpdate(UUID id, Caller caller) {
    return applications
        .findForUpdate(id)
        .filter(application -> application.isOwnedBy(caller))
        .orElseThrow(() -> notFound(id));
  }

  /** Counted on the calendar as it stands now, marks of days moved by decree included. */
  private ServiceTerm.Term termFor(Instant now) {
    try {
      return calendar.serviceTerm().termFor(now);
    } catch (CalendarNotAvailableException e) {
      // the operators' part (which file to add) goes to the log; the client learns the year
      log.error("CALENDAR MISSING: cannot register a submission: {}", e.getMessage());
      throw new IntakeRuleViolation(Rule.CALENDAR_UNAVAILABLE, null, "year", e.year());
    }
  }

  /**
   * One applies for oneself (IIN on the token, no BIN) or for the company on the token (its BIN):
   * signed in for a company one files for that company only, since what one files belongs to whom
   * one acts for ({@link kz.cites.access.Party}).
   */
  private static void requireCallerIsApplicant(Caller caller, ApplicationContent content) {
    if (!Objects.equals(caller.iin(), content.applicant().iin())) {
      throw new IntakeRuleViolation(Rule.APPLICANT_MISMATCH, "applicant.iin", "iin");
    }
    if (caller.party().isCompany() && !content.applicant().actsForLegalEntity()) {
      throw new IntakeRuleViolation(
          Rule.APPLICANT_MISMATCH, "applicant.type", "type", caller.bin());
    }
    if (content.applicant().actsForLegalEntity()
        && !Objects.equals(caller.bin(), content.applicant().bin())) {
      throw new IntakeRuleViolation(Rule.APPLICANT_MISMATCH, "applicant.bin", "bin");
    }
  }

  private static IntakeRuleViolation notFound(UUID id) {
    return new IntakeRuleViolation(Rule.NOT_FOUND, null, "application", id);
  }
}
