package kz.cites.permit.permits.domain;

/**
 * The permit's state. {@code VALID}, {@code CANCELLED} and {@code USED} are stored; {@code EXPIRED}
 * is never stored but shown for a valid permit whose last day (in Kazakhstan) has passed, so no job
 * has to flip it at midnight.
 */
public enum PermitStatus {
  VALID,
  EXPIRED,
  /** Cancelled by an officer, with a reason. */
  CANCELLED,
  /** Endorsed by customs at the border: the one consignment it covers has left (or entered). */
  USED
}
