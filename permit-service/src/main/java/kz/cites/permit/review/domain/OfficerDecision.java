package kz.cites.permit.review.domain;

import java.util.List;
import kz.cites.events.RefusalGround;

/** What an officer decides on a case in review. */
public sealed interface OfficerDecision {

  /** Issue the permit; box 5 carries the special conditions, if any. */
  record Approve(String specialConditions) implements OfficerDecision {}

  /** A reasoned refusal: one or more grounds of the order and the explanation. */
  record Refuse(List<RefusalGround> grounds, String reason) implements OfficerDecision {
    public Refuse {
      grounds = List.copyOf(grounds);
    }
  }
}
