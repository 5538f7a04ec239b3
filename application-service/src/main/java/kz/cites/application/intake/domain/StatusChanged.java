package kz.cites.application.intake.domain;

import java.time.Instant;
import java.util.UUID;
import kz.cites.access.Party;

/**
 * A domain event of {@link Application}: its status moved, or its issued permit was cancelled (the
 * status stays ISSUED, the permit does not). Registered by the aggregate itself whenever this
 * happens and published by Spring Data when the application is saved, inside the transaction of the
 * change, so whatever follows it (the status push to integrators) commits or rolls back with it.
 *
 * @param change what happened
 * @param filer whom the application belongs to (ADR 0009)
 * @param registrationNumber null for a draft
 * @param previousStatus the status before; the same as {@code status} for a permit cancellation
 * @param permitNumber the permit, once issued
 * @param occurredAt when it happened: the time of the step (an event's {@code occurredAt}), not
 *     when it was recorded
 */
public record StatusChanged(
    Change change,
    UUID applicationId,
    Party filer,
    String registrationNumber,
    ApplicationStatus previousStatus,
    ApplicationStatus status,
    String permitNumber,
    boolean permitCancelled,
    Instant occurredAt) {

  /** What changed. */
  public enum Change {
    /** The application's status moved. */
    STATUS,
    /** The permit issued on the application was cancelled; the status stays ISSUED. */
    PERMIT_CANCELLED
  }
}
