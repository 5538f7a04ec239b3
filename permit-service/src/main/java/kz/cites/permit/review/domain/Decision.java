package kz.cites.permit.review.domain;

import java.math.BigDecimal;
import java.util.List;
import kz.cites.events.FeeRejected;
import kz.cites.events.RefusalGround;

/** What {@link DecisionPolicy} makes of a complete case. */
public sealed interface Decision {

  /**
   * A ground for refusal is certain: refuse now, with what was found for each ground (the
   * explanation is written from it, in every language).
   */
  record Refuse(List<GroundFound> found) implements Decision {
    public Refuse {
      found = List.copyOf(found);
    }

    /** The grounds, each once, in the order found. */
    public List<RefusalGround> grounds() {
      return found.stream().map(GroundFound::ground).distinct().toList();
    }
  }

  /**
   * The package is incomplete (the duty not paid as required by the end of its grace period): the
   * application is not accepted for consideration. No refusal ground, and it needs no other input.
   * {@code duty} is what fee-service found (null if it said nothing), {@code amount} the duty due
   * and {@code paid} what was paid, as fee-service reported them (either may be null).
   */
  record NotAccept(FeeRejected.Reason duty, BigDecimal amount, BigDecimal paid)
      implements Decision {}

  /** Nothing certain speaks against the application: it goes to review. */
  record OpenForReview() implements Decision {}
}
