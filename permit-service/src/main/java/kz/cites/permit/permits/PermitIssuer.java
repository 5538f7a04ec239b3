package kz.cites.permit.permits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitIssued;
import kz.cites.messaging.Outbox;
import kz.cites.permit.audit.AuditTrail;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitDocument;
import kz.cites.permit.permits.domain.PermitForm;
import kz.cites.permit.permits.domain.PermitNumber;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.permits.domain.PermitValidity;
import kz.cites.permit.permits.domain.RegisteredName;
import kz.cites.permit.permits.domain.SecurityCode;
import kz.cites.permit.permits.persistence.PermitSerials;
import kz.cites.permit.quotas.ExportQuotas;
import kz.cites.permit.quotas.domain.QuotaDraw;
import kz.cites.permit.signing.DocumentSigner;
import kz.cites.permit.signing.Signatory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues the permit of an approved application, signs it and announces it, in one transaction. */
@Service
public class PermitIssuer {

  private final PermitRepository permits;
  private final PermitSerials serials;
  private final Outbox outbox;
  private final Clock clock;
  private final DocumentSigner signer;
  private final AuditTrail audit;
  private final AuthorityProperties authority;
  private final ExportQuotas quotas;

  PermitIssuer(
      PermitRepository permits,
      PermitSerials serials,
      Outbox outbox,
      Clock clock,
      DocumentSigner signer,
      AuditTrail audit,
      AuthorityProperties authority,
      ExportQuotas quotas) {
    this.permits = permits;
    this.serials = serials;
    this.outbox = outbox;
    this.clock = clock;
    this.signer = signer;
    this.audit = audit;
    this.authority = authority;
    this.quotas = quotas;
  }

  /** Issues without special conditions, approved by the rules (auto-approval). */
  @Transactional
  public Permit issue(
      UUID applicationId,
      String registrationNumber,
      ApplicationSnapshot application,
      RegisteredName holder) {
    return issue(
        applicationId, registrationNumber, application, holder, null, Signatory.authority());
  }

  /**
   * Issues the permit for {@code applicationId}, approved and signed by {@code signatory} (an
   * officer, or the authority under auto-approval) with box 5 {@code specialConditions} (may be
   * null), to {@code holder} as the registry names the applicant (null: the name of the draft, for
   * a case that has no registry name). The unique application id of the permit table is the last
   * guard against a second permit; callers decide once per case.
   */
  @Transactional
  public Permit issue(
      UUID applicationId,
      String registrationNumber,
      ApplicationSnapshot application,
      RegisteredName holder,
      String specialConditions,
      Signatory signatory) {
    QuotaDraw draw =
        quotas.draw(application, LocalDate.ofInstant(clock.instant(), Kazakhstan.ZONE));
    if (!(draw instanceof QuotaDraw.Drawn drawn)) {
      // the decision (ReviewCases) draws first and hears the applicant instead of issuing
      throw new IllegalStateException(
          "Application " + applicationId + " is beyond an export quota: " + draw);
    }
    return issue(
        applicationId,
        registrationNumber,
        application,
        holder,
        specialConditions,
        signatory,
        drawn);
  }

  /**
   * As {@link #issue(UUID, String, ApplicationSnapshot, RegisteredName, String, Signatory)}, with
   * what the permit took from the export quotas already {@code drawn} in this transaction ({@link
   * ExportQuotas#draw}): the uses are recorded against the permit's number and box 11a carries each
   * quota's running total.
   */
  @Transactional
  public Permit issue(
      UUID applicationId,
      String registrationNumber,
      ApplicationSnapshot application,
      RegisteredName holder,
      String specialConditions,
      Signatory signatory,
      QuotaDraw.Drawn drawn) {
    String officer = signatory.actor();
    Instant issuedAt = clock.instant();
    // Dates on the permit (year of the number, validity) are Kazakhstan dates.
    LocalDate issuedOn = LocalDate.ofInstant(issuedAt, Kazakhstan.ZONE);
    String number = PermitNumber.of(issuedOn.getYear(), serials.next(issuedOn.getYear()));
    PermitForm form = PermitForm.of(application, holder);
    Permit permit =
        new Permit(
            number,
            applicationId,
            registrationNumber,
            application.permitType(),
            issuedAt,
            PermitValidity.validUntil(application.permitType(), issuedOn),
            SecurityCode.generate(),
            application.applicant().iin(),
            application.applicant().bin(),
            form,
            specialConditions,
            officer);
    permit.attachDocument(
        signer.sign(
            applicationId,
            document(permit, form, issuedOn, issuerName(signatory), drawn),
            DocumentSigner.PERMIT_TYPE,
            signatory));
    permits.saveAndFlush(permit);
    quotas.recordUse(drawn, number, applicationId, issuedAt);
    audit.record(applicationId, AuditTrail.Action.ISSUED, officer, issuedAt, "Permit " + number);
    outbox.record(
        new PermitIssued(
            UUID.randomUUID(),
            issuedAt,
            applicationId,
            number,
            permit.type(),
            issuedAt,
            permit.validUntil()));
    return permit;
  }

  /**
   * Box 13's name: the deciding officer as their token names them (null if it names nobody; the
   * printed permit then names the officer as their certificate does), or the authority itself when
   * the rules decided.
   */
  private String issuerName(Signatory signatory) {
    return switch (signatory) {
      case Signatory.Officer officer ->
          officer.name() == null || officer.name().isBlank() ? null : officer.name().strip();
      case Signatory.Authority automatic -> authority.name();
    };
  }

  private PermitDocument document(
      Permit permit,
      PermitForm form,
      LocalDate issuedOn,
      String issuedByName,
      QuotaDraw.Drawn drawn) {
    return new PermitDocument(
        PermitDocument.DOCUMENT_TYPE,
        permit.number(),
        permit.type(),
        permit.validUntil(),
        form.importer(),
        form.exporter(),
        permit.specialConditions(),
        form.purposeCode(),
        permit.securityCode(),
        authority.name(),
        form.specimens(),
        authority.issuePlace(),
        permit.issuedAt(),
        issuedOn,
        permit.issuedBy(),
        permit.registrationNumber(),
        authority.verificationUrlOf(permit.number(), permit.securityCode()),
        authority.address(),
        issuedByName,
        form.waybillNumber(),
        // box 11a: absent (not an empty list) when no quota covers a line, as on older permits
        drawn.lines().isEmpty()
            ? null
            : drawn.lines().stream()
                .map(
                    t ->
                        new PermitDocument.QuotaTotal(
                            t.line(), t.year(), t.exported(), t.quota(), t.unitCode()))
                .toList());
  }
}
