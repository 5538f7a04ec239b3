package kz.cites.application.intake.domain;

/**
 * Where an application stands (a hearing of a preliminary refusal, HEARING, comes before a
 * refusal). Statuses only move forward: events from different topics arrive in any order, and a
 * late one must never undo a later step. ISSUED and REFUSED are both final decisions; NOT_ACCEPTED
 * is final as well (the duty was not paid as required by the end of its grace period: an incomplete
 * package, not taken into consideration; no refusal ground); WITHDRAWN (by the applicant, before a
 * decision) is final too and is reached only through the withdrawal itself, never through an event.
 */
public enum ApplicationStatus {
  DRAFT(0),
  SUBMITTED(1),
  IN_VERIFICATION(2),
  IN_REVIEW(3),
  /**
   * A ground for refusal was found and the applicant notified of the preliminary decision: the
   * hearing is open (APC art. 73); the applicant may answer until its deadline. Not final.
   */
  HEARING(4),
  ISSUED(5),
  REFUSED(5),
  NOT_ACCEPTED(5),
  WITHDRAWN(6);

  private final int stage;

  ApplicationStatus(int stage) {
    this.stage = stage;
  }

  /**
   * True when moving from {@code current} to this status is progress. Nothing moves a withdrawn
   * application, and nothing but the withdrawal leads to WITHDRAWN.
   */
  public boolean isAfter(ApplicationStatus current) {
    if (current == WITHDRAWN || this == WITHDRAWN) {
      return false;
    }
    return stage > current.stage;
  }

  /** The authority decided: ISSUED, REFUSED or NOT_ACCEPTED. */
  public boolean isFinal() {
    return stage == ISSUED.stage;
  }

  /** Nothing more happens to the application: decided or withdrawn. */
  public boolean isClosed() {
    return isFinal() || this == WITHDRAWN;
  }
}
