package kz.cites.permit.review.domain;

import kz.cites.events.CheckResult;
import kz.cites.events.LocalizedText;
import kz.cites.events.RefusalFinding;
import kz.cites.events.RefusalGround;

/**
 * A ground for refusal the rules found ({@link DecisionPolicy}): its codes, and for a registry
 * check the check's own words for what it found ({@code checkText}, in every language, as
 * verification-service wrote them; null for ground 5 and for a check reported before it wrote any).
 * The explanation is written from these, in each language.
 */
public record GroundFound(RefusalFinding finding, LocalizedText checkText) {

  /** Ground 5: the applicant did not consent to the use of restricted personal data. */
  public static GroundFound noConsent() {
    return new GroundFound(
        new RefusalFinding(
            RefusalGround.NO_PERSONAL_DATA_CONSENT, null, RefusalFinding.NO_PERSONAL_DATA_CONSENT),
        null);
  }

  /** A failed check that names a ground. */
  public static GroundFound by(CheckResult check) {
    return new GroundFound(
        new RefusalFinding(check.refusalGround(), check.check(), check.finding()),
        check.explanation());
  }

  public RefusalGround ground() {
    return finding.ground();
  }
}
