package kz.cites.permit.review.domain;

import java.util.List;
import kz.cites.events.PreliminaryRefusalNotified;
import kz.cites.events.RefusalGround;

/** What an officer decides on a case in review. */
public sealed interface OfficerDecision {

  /** Issue the permit; box 5 carries the special conditions, if any. */
  record Approve(String specialConditions) implements OfficerDecision {}

  /**
   * A reasoned refusal: one or more grounds of the order and the explanation. Final when a hearing
   * was held on every ground; otherwise the preliminary decision that opens the hearing, with an
   * optional {@code meeting} the officer sets (the written answer is open either way).
   */
  record Refuse(
      List<RefusalGround> grounds, String reason, PreliminaryRefusalNotified.Meeting meeting)
      implements OfficerDecision {
    public Refuse {
      grounds = List.copyOf(grounds);
    }
  }
}
