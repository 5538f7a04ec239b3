package kz.cites.application.intake.domain;

/**
 * Where an application stands. Statuses only move forward: events from different topics arrive in
 * any order, and a late one must never undo a later step. ISSUED and REFUSED are both final.
 */
public enum ApplicationStatus {
  DRAFT(0),
  SUBMITTED(1),
  IN_VERIFICATION(2),
  IN_REVIEW(3),
  ISSUED(4),
  REFUSED(4);

  private final int stage;

  ApplicationStatus(int stage) {
    this.stage = stage;
  }

  /** True when moving from {@code current} to this status is progress. */
  public boolean isAfter(ApplicationStatus current) {
    return stage > current.stage;
  }

  public boolean isFinal() {
    return stage == ISSUED.stage;
  }
}
