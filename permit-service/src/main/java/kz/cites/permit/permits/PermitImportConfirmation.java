package kz.cites.permit.permits;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.events.PermitImportConfirmed;
import kz.cites.messaging.Outbox;
import kz.cites.permit.audit.AuditTrail;
import kz.cites.permit.permits.domain.ConsignmentLine;
import kz.cites.permit.permits.domain.ImportConfirmation;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.permits.domain.PermitStatus;
import kz.cites.permit.web.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-permit exchange (ADR 0018): the CITES authority of the importing country fetches a permit
 * addressed to it and answers for the consignment once, as EPIX does between EU states. A partner
 * sees only permits whose importer (box 3) is in its own country; any other is not found, so the
 * answer never tells that a permit exists. The answer is kept on the permit and announced with
 * {@link PermitImportConfirmed} in the same transaction.
 */
@Service
public class PermitImportConfirmation {

  private final PermitRepository permits;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Clock clock;

  PermitImportConfirmation(PermitRepository permits, Outbox outbox, AuditTrail audit, Clock clock) {
    this.permits = permits;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  /** Who answers: the partner official and the country of its authority, as its token says. */
  public record Partner(String id, String name, String country) {}

  /** The permit addressed to {@code country}; any other is a 404 like one that does not exist. */
  @Transactional(readOnly = true)
  public Permit addressedTo(String number, String country) {
    return permits
        .findByNumber(number)
        .filter(permit -> permit.isAddressedTo(country))
        .orElseThrow(() -> notFound(number));
  }

  @Transactional
  public Permit confirm(String number, ImportConfirmationRequest request, Partner partner) {
    // locked: two answers at once give one confirmation and one conflict
    Permit permit =
        permits
            .lockByNumber(number)
            .filter(p -> p.isAddressedTo(partner.country()))
            .orElseThrow(() -> notFound(number));
    if (permit.importConfirmation() != null) {
      throw ApiProblem.IMPORT_ALREADY_CONFIRMED
          .detail("once", number, permit.importConfirmation().confirmedOn())
          .with("number", number)
          .with("confirmedOn", permit.importConfirmation().confirmedOn().toString());
    }
    Instant now = clock.instant();
    PermitStatus status = permit.statusAt(now);
    if (status == PermitStatus.CANCELLED) {
      throw ApiProblem.PERMIT_NOT_CONFIRMABLE
          .detail("status", number, status)
          .with("number", number)
          .with("permitStatus", status);
    }
    // an expired permit may still be answered for: the consignment arrived while it was valid
    ConsignmentLines.requireWithinValidity(
        permit,
        request.confirmedOn(),
        now,
        "confirmedOn",
        ApiProblem.CONFIRMATION_DATE_OUTSIDE_VALIDITY);
    List<ConsignmentLine> lines =
        ConsignmentLines.stated(
            permit,
            request.lines(),
            ApiProblem.CONFIRMATION_NOT_ON_PERMIT,
            ApiProblem.CONFIRMED_QUANTITY_EXCEEDS_PERMIT);
    String importPermit =
        request.importPermitNumber() == null || request.importPermitNumber().isBlank()
            ? null
            : request.importPermitNumber().trim();
    ImportConfirmation confirmation =
        new ImportConfirmation(
            partner.country().toUpperCase(java.util.Locale.ROOT),
            request.confirmed(),
            lines,
            request.confirmedOn(),
            importPermit,
            partner.id(),
            partner.name(),
            now);
    permit.confirmImport(confirmation);
    audit.record(
        permit.applicationId(),
        AuditTrail.Action.IMPORT_CONFIRMED,
        partner.id(),
        now,
        confirmation.country() + (request.confirmed() ? ", confirmed" : ", refused"));
    outbox.record(
        new PermitImportConfirmed(
            UUID.randomUUID(),
            now,
            permit.applicationId(),
            number,
            confirmation.country(),
            confirmation.confirmed(),
            lines.stream()
                .map(
                    line ->
                        new PermitImportConfirmed.Line(
                            line.line(), line.scientificName(), line.quantity(), line.unitCode()))
                .toList(),
            confirmation.confirmedOn(),
            importPermit,
            partner.id()));
    return permit;
  }

  private static RuntimeException notFound(String number) {
    return ApiProblem.NOT_FOUND.detail("permit", number).with("number", number);
  }
}
