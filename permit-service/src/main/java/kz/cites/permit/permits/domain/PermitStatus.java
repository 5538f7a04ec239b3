package kz.cites.permit.permits.domain;

/** The permit's state; cancellation and endorsement come with later issues. */
public enum PermitStatus {
  VALID
}
