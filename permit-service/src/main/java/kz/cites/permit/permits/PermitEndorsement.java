package kz.cites.permit.permits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitEndorsed;
import kz.cites.messaging.Outbox;
import kz.cites.permit.audit.AuditTrail;
import kz.cites.permit.permits.domain.Endorsement;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.permits.domain.PermitStatus;
import kz.cites.permit.signing.DocumentSigner;
import kz.cites.permit.signing.Signatory;
import kz.cites.permit.web.ApiProblem;
import kz.cites.web.ProblemException;
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
      List<Endorsement.Line> lines,
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
    LocalDate today = LocalDate.ofInstant(now, Kazakhstan.ZONE);
    LocalDate issuedOn = LocalDate.ofInstant(permit.issuedAt(), Kazakhstan.ZONE);
    LocalDate endorsedOn = request.endorsedOn();
    LocalDate latest = permit.validUntil().isBefore(today) ? permit.validUntil() : today;
    if (endorsedOn.isBefore(issuedOn) || endorsedOn.isAfter(latest)) {
      throw ApiProblem.ENDORSEMENT_DATE_OUTSIDE_VALIDITY
          .detail("range", issuedOn, latest)
          .with("field", "endorsedOn")
          .withError("endorsedOn", "WithinValidity", "field.endorsedOn.within", issuedOn, latest);
    }
    List<Endorsement.Line> lines = shipped(permit, request.lines());

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

  /**
   * Every line of the permit with what was shipped of it: the request's quantity, or 0 for a line
   * it leaves out. A line the permit does not have, a line named twice, or more than the permit
   * allows is refused, each broken line named.
   */
  private static List<Endorsement.Line> shipped(
      Permit permit, List<EndorsementRequest.Line> asked) {
    List<ApplicationSnapshot.Specimen> specimens = permit.form().specimens();
    Map<Integer, BigDecimal> quantities = new HashMap<>();
    ProblemException notOnPermit = null;
    ProblemException tooMuch = null;
    for (int i = 0; i < asked.size(); i++) {
      EndorsementRequest.Line line = asked.get(i);
      String field = "lines[" + i + "].line";
      if (line.line() < 1 || line.line() > specimens.size()) {
        notOnPermit =
            (notOnPermit == null ? notOnPermitProblem(specimens.size()) : notOnPermit)
                .withError(field, "OnPermit", "field.lines.line.on-permit", specimens.size());
      } else if (quantities.putIfAbsent(line.line(), line.quantity()) != null) {
        notOnPermit =
            (notOnPermit == null ? notOnPermitProblem(specimens.size()) : notOnPermit)
                .withError(field, "Once", "field.lines.line.once", line.line());
      } else {
        BigDecimal allowed = specimens.get(line.line() - 1).quantity();
        if (line.quantity().compareTo(allowed) > 0) {
          tooMuch =
              (tooMuch == null
                      ? ApiProblem.ENDORSED_QUANTITY_EXCEEDS_PERMIT
                          .detail("lines")
                          .with("field", "lines[" + i + "].quantity")
                      : tooMuch)
                  .withError(
                      "lines[" + i + "].quantity",
                      "AtMostPermitted",
                      "field.lines.quantity.at-most",
                      allowed.stripTrailingZeros().toPlainString());
        }
      }
    }
    if (notOnPermit != null) {
      throw notOnPermit;
    }
    if (tooMuch != null) {
      throw tooMuch;
    }
    List<Endorsement.Line> lines = new ArrayList<>();
    for (int n = 1; n <= specimens.size(); n++) {
      ApplicationSnapshot.Specimen specimen = specimens.get(n - 1);
      lines.add(
          new Endorsement.Line(
              n,
              specimen.scientificName(),
              quantities.getOrDefault(n, BigDecimal.ZERO),
              specimen.unitCode()));
    }
    return lines;
  }

  private static ProblemException notOnPermitProblem(int lines) {
    return ApiProblem.ENDORSEMENT_NOT_ON_PERMIT.detail("lines", lines).with("field", "lines");
  }
}
