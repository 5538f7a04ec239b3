package kz.cites.verification.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.cites.events.LocalizedText;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.RegistryFinding;
import kz.cites.web.Language;
import kz.cites.web.Text;
import kz.cites.web.Texts;
import org.springframework.stereotype.Component;

/**
 * Writes what a failed check found for the applicant, in Kazakh, Russian and English at once: the
 * bundles' {@code finding.<FINDING>} with the outcome's facts, dates and lists as each language
 * writes them. Written once, when the outcome is kept, and sent in {@code VerificationCompleted}:
 * permit-service quotes it in the notice of a preliminary refusal and in the refusal it signs, so
 * the applicant reads the same words in both.
 */
@Component
class FindingTexts {

  /** The statuses of the legal-entities database the bundles have words for. */
  private static final Set<String> COMPANY_STATUSES =
      Set.of("LIQUIDATED", "IN_LIQUIDATION", "BANKRUPT");

  private final Texts texts;

  FindingTexts(Texts texts) {
    this.texts = texts;
  }

  /** {@code outcome} with its finding written, if it has one. */
  CheckOutcome explained(CheckOutcome outcome) {
    return outcome.finding() == null ? outcome : outcome.withExplanation(of(outcome));
  }

  LocalizedText of(CheckOutcome outcome) {
    Object[] facts = facts(outcome.finding(), outcome.findingArguments());
    String key = "finding." + outcome.finding().name();
    return new LocalizedText(
        texts.textFor(Language.KK, key, facts),
        texts.textFor(Language.RU, key, facts),
        texts.textFor(Language.EN, key, facts));
  }

  /**
   * The facts as the text shows them: a court ruling's end as a phrase of its own ("until ..." or
   * "without end"), a company's status in words when the bundles know it.
   */
  private static Object[] facts(RegistryFinding finding, List<Object> values) {
    List<Object> shown = new ArrayList<>(values);
    switch (finding) {
      case ACTIVITY_BANNED, SPECIAL_RIGHT_DEPRIVED -> {
        if (shown.size() > 2) {
          shown.set(
              2,
              shown.get(2) instanceof LocalDate until
                  ? Text.of("finding.ruling-until", until)
                  : Text.of("finding.ruling-without-end"));
        }
      }
      case COMPANY_NOT_ACTIVE -> {
        if (shown.size() > 2 && shown.get(2) instanceof String status) {
          shown.set(
              2,
              COMPANY_STATUSES.contains(status)
                  ? Text.of("company-status." + status)
                  : Text.of("company-status.other", status));
        }
      }
      default -> {}
    }
    return shown.toArray();
  }
}
