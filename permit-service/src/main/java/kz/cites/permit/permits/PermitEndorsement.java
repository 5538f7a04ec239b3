package kz.cites.permit.permits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.events.PermitEndorsed;
import kz.cites.messaging.Outbox;
import kz.cites.permit.audit.AuditTrail;
import kz.cites.permit.permits.domain.ConsignmentLine;
import kz.cites.permit.permits.domain.Endorsement;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.permits.domain.PermitStatus;
import kz.cites.permit.signing.DocumentSigner;
import kz.cites.permit.signing.Signatory;
import kz.cites.permit.web.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customs endorses a permit at the border (box 14 of the CITES form): the quantities actually
 * shipped, at most the permit's per line; a permit covers one consignment, so it is endorsed once
 * (CITES Res. Conf. 12.3) and is then {@code USED}. The endorsement is signed by the customs
 * officer (their own NCA certificate, as officers sign decisions) and announced with {@link
 * PermitEndorsed}, all in one transaction: a refused signature leaves the permit as it was.
 */
@Service
public class PermitEndorsement {

  private final PermitRepository permits;
  private final DocumentSigner signer;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Clock clock;

  PermitEndorsement(
      PermitRepository permits,
      DocumentSigner signer,
      Outbox outbox,
      AuditTrail audit,
      Clock clock) {
    this.permits = permits;
    this.signer = signer;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  /** The document the customs officer signs: the permit it endorses and box 14's content. */
  public record EndorsementDocument(
      String documentType,
      String permitNumber,
      String securityStampNumber,
      List<ConsignmentLine> lines,
      String borderCrossing,
      LocalDate endorsedOn,
      String declarationNumber,
      String endorsedByName,
      Instant endorsedAt) {}

  @Transactional
  public Permit endorse(String number, EndorsementRequest request, Signatory.Officer customs) {
    // Locked: two endorsements at once give one endorsement and one conflict.
    Permit permit =
        permits
            .lockByNumber(number)
            .orElseThrow(
                () -> ApiProblem.NOT_FOUND.detail("permit", number).with("number", number));
    Instant now = clock.instant();
    PermitStatus status = permit.statusAt(now);
    if (status == PermitStatus.USED) {
      throw ApiProblem.PERMIT_ALREADY_ENDORSED
          .detail("used", number, permit.endorsement().endorsedOn())
          .with("number", number)
          .with("endorsedOn", permit.endorsement().endorsedOn().toString());
    }
    if (status != PermitStatus.VALID) {
      throw ApiProblem.PERMIT_NOT_ENDORSABLE
          .detail("status", number, status)
          .with("number", number)
          .with("permitStatus", status);
    }
    LocalDate endorsedOn = request.endorsedOn();
    ConsignmentLines.requireWithinValidity(
        permit, endorsedOn, now, "endorsedOn", ApiProblem.ENDORSEMENT_DATE_OUTSIDE_VALIDITY);
    List<ConsignmentLine> lines =
        ConsignmentLines.stated(
            permit,
            request.lines(),
            ApiProblem.ENDORSEMENT_NOT_ON_PERMIT,
            ApiProblem.ENDORSED_QUANTITY_EXCEEDS_PERMIT);

    Endorsement endorsement =
        new Endorsement(
            lines,
            request.borderCrossing().trim(),
            endorsedOn,
            request.declarationNumber().trim(),
            customs.iin(),
            customs.name(),
            now);
    String signed =
        signer.sign(
            permit.applicationId(),
            new EndorsementDocument(
                "CITES_PERMIT_ENDORSEMENT",
                number,
                permit.securityCode(),
                lines,
                endorsement.borderCrossing(),
                endorsedOn,
                endorsement.declarationNumber(),
                customs.name(),
                now),
            DocumentSigner.ENDORSEMENT_TYPE,
            customs);
    permit.endorse(endorsement, signed, now);
    audit.record(
        permit.applicationId(),
        AuditTrail.Action.ENDORSED,
        customs.iin(),
        now,
        endorsement.borderCrossing() + ", " + endorsement.declarationNumber());
    outbox.record(
        new PermitEndorsed(
            UUID.randomUUID(),
            now,
            permit.applicationId(),
            number,
            lines.stream()
                .map(
                    line ->
                        new PermitEndorsed.Line(
                            line.line(), line.scientificName(), line.quantity(), line.unitCode()))
                .toList(),
            endorsement.borderCrossing(),
            endorsedOn,
            endorsement.declarationNumber(),
            customs.iin()));
    return permit;
  }
}
