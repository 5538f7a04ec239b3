package kz.cites.permit.review.domain;

import java.util.ArrayList;
import java.util.List;
import kz.cites.events.CheckResult;

/**
 * The automatic part of the decision, in one place. First the package: a duty that fee-service (its
 * one judge) rejected at the end of the grace period makes the package incomplete, and the
 * application is not accepted for consideration at all (domain.md section 5, "the duty"): no
 * ground, no refusal. Then a refusal is automatic only where a ground of the order (Annex 2, item
 * 9) is certain from the facts: no consent to the use of restricted personal data (5), or a
 * registry check that failed with a ground (the ground it names). Anything else, including a failed
 * check that names no ground, is left to an officer. Every ground found is given, each with what
 * was found, so the applicant can see all that must be put right; the words are written from these
 * codes in every language ({@code Explanations}), never here.
 */
public final class DecisionPolicy {

  public Decision decide(DecisionInputs inputs) {
    if (inputs.fee() == FeeOutcome.REJECTED) {
      return new Decision.NotAccept(inputs.feeRejection(), inputs.feeAmount(), inputs.feePaid());
    }
    List<GroundFound> found = new ArrayList<>();
    if (!inputs.personalDataConsent()) {
      found.add(GroundFound.noConsent());
    }
    for (CheckResult check : inputs.checks()) {
      if (check.outcome() == CheckResult.Outcome.FAILED && check.refusalGround() != null) {
        found.add(GroundFound.by(check));
      }
    }
    return found.isEmpty() ? new Decision.OpenForReview() : new Decision.Refuse(found);
  }
}
