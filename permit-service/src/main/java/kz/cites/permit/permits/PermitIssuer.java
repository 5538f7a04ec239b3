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

  PermitIssuer(
      PermitRepository permits,
      PermitSerials serials,
      Outbox outbox,
      Clock clock,
      DocumentSigner signer,
      AuditTrail audit,
      AuthorityProperties authority) {
    this.permits = permits;
    this.serials = serials;
    this.outbox = outbox;
    this.clock = clock;
    this.signer = signer;
    this.audit = audit;
    this.authority = authority;
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
            document(permit, form, issuedOn),
            DocumentSigner.PERMIT_TYPE,
            signatory));
    permits.saveAndFlush(permit);
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

  private PermitDocument document(Permit permit, PermitForm form, LocalDate issuedOn) {
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
        authority.verificationUrlOf(permit.number(), permit.securityCode()));
  }
}
