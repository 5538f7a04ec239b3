package kz.cites.events;

import org.jspecify.annotations.Nullable;

/**
 * What the rules found for one ground of an automatic refusal, as codes: the ground, the registry
 * check that found it and the check's finding (verification-service's code, e.g. {@code
 * ACTIVITY_BANNED}); for ground 5 (no consent to the use of restricted personal data) {@code check}
 * is null and {@code finding} is {@code NO_PERSONAL_DATA_CONSENT}. {@code finding} is null for a
 * check reported before findings were named. The words for the applicant travel beside the codes,
 * in every language (an event's {@code explanation}).
 */
public record RefusalFinding(
    RefusalGround ground, CheckResult.@Nullable Check check, @Nullable String finding) {

  /** The finding of ground 5: the applicant did not consent. */
  public static final String NO_PERSONAL_DATA_CONSENT = "NO_PERSONAL_DATA_CONSENT";
}
