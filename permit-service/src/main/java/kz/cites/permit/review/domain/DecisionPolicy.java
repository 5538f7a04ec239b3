package kz.cites.permit.review.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.cites.events.CheckResult;
import kz.cites.events.RefusalGround;

/**
 * The automatic part of the decision, in one place. First the package: a duty that fee-service (its
 * one judge) rejected at the end of the grace period makes the package incomplete, and the
 * application is not accepted for consideration at all (domain.md section 5, "the duty"): no
 * ground, no refusal. Then a refusal is automatic only where a ground of the order (Annex 2, item
 * 9) is certain from the facts: no consent to the use of restricted personal data (5), or a
 * registry check that failed with a ground (the ground it names). Anything else, including a failed
 * check that names no ground, is left to an officer. Every ground found is given, each explained in
 * plain language, so the applicant can see all that must be put right.
 */
public final class DecisionPolicy {

  public Decision decide(DecisionInputs inputs) {
    if (inputs.fee() == FeeOutcome.REJECTED) {
      return new Decision.NotAccept(
          inputs.feeRejection(),
          "The application is not accepted for consideration: "
              + feeExplanation(inputs)
              + " The package was incomplete when the grace period for the duty ended.");
    }
    Set<RefusalGround> grounds = new LinkedHashSet<>();
    List<String> explanations = new ArrayList<>();

    if (!inputs.personalDataConsent()) {
      grounds.add(RefusalGround.NO_PERSONAL_DATA_CONSENT);
      explanations.add(
          explain(
              RefusalGround.NO_PERSONAL_DATA_CONSENT,
              "you did not consent to access to your restricted personal data, which the"
                  + " registry checks of the service need."));
    }
    for (CheckResult check : inputs.checks()) {
      if (check.outcome() == CheckResult.Outcome.FAILED && check.refusalGround() != null) {
        grounds.add(check.refusalGround());
        explanations.add(explain(check.refusalGround(), checkExplanation(check)));
      }
    }
    return grounds.isEmpty()
        ? new Decision.OpenForReview()
        : new Decision.Refuse(List.copyOf(grounds), String.join("\n", explanations));
  }

  private static String explain(RefusalGround ground, String why) {
    return "Ground " + ground.number() + " (" + ground.wording() + "): " + why;
  }

  private static String feeExplanation(DecisionInputs inputs) {
    String due = amount(inputs.feeAmount());
    if (inputs.feeRejection() == null) {
      return "the state duty" + due + " was not paid as required.";
    }
    return switch (inputs.feeRejection()) {
      case UNPAID -> "no payment of the state duty" + due + " was found for this application.";
      case UNDERPAID ->
          "the state duty"
              + due
              + " was not paid in full"
              + (inputs.feePaid() == null ? "." : " (paid " + tenge(inputs.feePaid()) + " tenge).");
      case PAID_BY_ANOTHER_PAYER ->
          "the state duty"
              + due
              + " was paid by someone other than the applicant; it must come from the applicant.";
    };
  }

  private static String amount(BigDecimal amount) {
    return amount == null ? "" : " of " + tenge(amount) + " tenge";
  }

  /** 8650.00 as 8650: amounts come back from the database with their scale. */
  private static String tenge(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  private static String checkExplanation(CheckResult check) {
    String what =
        switch (check.check()) {
          case IDENTITY -> "the check of your identity in the state database of individuals";
          case LEGAL_ENTITY -> "the check of the company in the state database of legal entities";
          case ENTREPRENEUR -> "the check in the individual-entrepreneur registry";
          case DUTY_PAYMENT -> "the check of the duty payment with the payment gateway";
          case HUNTING_PERMIT -> "the check of the hunting permit in the hunting registry";
          case COURT_RECORDS -> "the check of court records";
        };
    String detail = check.reason() == null || check.reason().isBlank() ? "" : ": " + check.reason();
    return what + " failed" + detail + (detail.endsWith(".") ? "" : ".");
  }
}
