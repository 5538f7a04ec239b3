package kz.cites.permit.permits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitIssued;
import kz.cites.messaging.Outbox;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitForm;
import kz.cites.permit.permits.domain.PermitNumber;
import kz.cites.permit.permits.domain.PermitValidity;
import kz.cites.permit.permits.domain.SecurityCode;
import kz.cites.permit.permits.persistence.PermitRepository;
import kz.cites.permit.permits.persistence.PermitSerials;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Issues the permit of an approved application and announces it, in one transaction. */
@Service
public class PermitIssuer {

  /** Dates on the permit (year of the number, validity) are Kazakhstan dates. */
  static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

  private final PermitRepository permits;
  private final PermitSerials serials;
  private final Outbox outbox;
  private final JsonMapper json;
  private final Clock clock;

  PermitIssuer(
      PermitRepository permits,
      PermitSerials serials,
      Outbox outbox,
      JsonMapper json,
      Clock clock) {
    this.permits = permits;
    this.serials = serials;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Issues the permit for {@code applicationId}. The unique application id of the permit table is
   * the last guard against a second permit; callers decide once per case.
   */
  @Transactional
  public Permit issue(
      UUID applicationId, String registrationNumber, ApplicationSnapshot application) {
    Instant issuedAt = clock.instant();
    LocalDate issuedOn = LocalDate.ofInstant(issuedAt, KAZAKHSTAN);
    String number = PermitNumber.of(issuedOn.getYear(), serials.next(issuedOn.getYear()));
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
            json.writeValueAsString(PermitForm.of(application)));
    permits.saveAndFlush(permit);
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
}
