package kz.cites.permit.permits;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import kz.cites.events.PermitCancelled;
import kz.cites.messaging.Outbox;
import kz.cites.permit.audit.AuditTrail;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.permits.domain.PermitStatus;
import kz.cites.permit.quotas.ExportQuotas;
import kz.cites.permit.web.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer cancels a valid permit, with a reason; the cancellation is announced and audited, and
 * what the permit took from export quotas goes back to them, all in one transaction.
 */
@Service
public class PermitCancellation {

  private final PermitRepository permits;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final Clock clock;
  private final ExportQuotas quotas;

  PermitCancellation(
      PermitRepository permits, Outbox outbox, AuditTrail audit, Clock clock, ExportQuotas quotas) {
    this.permits = permits;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
    this.quotas = quotas;
  }

  @Transactional
  public Permit cancel(String number, String officer, String reason) {
    // Locked, so two officers cancelling at once give one cancellation and one conflict.
    Permit permit =
        permits
            .lockByNumber(number)
            .orElseThrow(
                () -> ApiProblem.NOT_FOUND.detail("permit", number).with("number", number));
    Instant now = clock.instant();
    PermitStatus status = permit.statusAt(now);
    if (status != PermitStatus.VALID) {
      throw ApiProblem.PERMIT_NOT_CANCELLABLE
          .detail("status", number, status)
          .with("number", number)
          .with("permitStatus", status);
    }
    permit.cancel(officer, reason, now);
    quotas.giveBack(number, now);
    audit.record(permit.applicationId(), AuditTrail.Action.CANCELLED, officer, now, reason);
    outbox.record(
        new PermitCancelled(
            UUID.randomUUID(), now, permit.applicationId(), number, reason, officer));
    return permit;
  }
}
