package kz.cites.permit.review.domain;

import java.util.List;
import kz.cites.events.FeeRejected;
import kz.cites.events.RefusalGround;

/** What {@link DecisionPolicy} makes of a complete case. */
public sealed interface Decision {

  /** A ground for refusal is certain: refuse now, with the grounds and a plain explanation. */
  record Refuse(List<RefusalGround> grounds, String reason) implements Decision {
    public Refuse {
      grounds = List.copyOf(grounds);
    }
  }

  /**
   * The package is incomplete (the duty not paid as required by the end of its grace period): the
   * application is not accepted for consideration. No refusal ground, and it needs no other input.
   */
  record NotAccept(FeeRejected.Reason duty, String reason) implements Decision {}

  /** Nothing certain speaks against the application: it goes to review. */
  record OpenForReview() implements Decision {}
}
