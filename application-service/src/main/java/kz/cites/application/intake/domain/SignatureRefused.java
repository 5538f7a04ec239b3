package kz.cites.application.intake.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The applicant's EDS is refused, or its status cannot be known now: the {@link
 * SignatureVerifier.Reason} names why and decides the rule (the problem type); {@link #facts()} are
 * further members of the problem (e.g. {@code revokedAt}), in order.
 */
public class SignatureRefused extends IntakeRuleViolation {

  private final SignatureVerifier.Reason reason;
  private final Map<String, String> facts;

  /**
   * @param detail the name of the detail's text ({@code problem.<type>.detail.<detail>})
   * @param detailArgs its arguments
   */
  public SignatureRefused(SignatureVerifier.Reason reason, String detail, Object... detailArgs) {
    this(reason, Map.of(), detail, detailArgs);
  }

  public SignatureRefused(
      SignatureVerifier.Reason reason,
      Map<String, String> facts,
      String detail,
      Object... detailArgs) {
    super(reason.rule(), "signature", List.of(reason.name()), detail, detailArgs);
    this.reason = reason;
    this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }

  public SignatureVerifier.Reason reason() {
    return reason;
  }

  /** Members the problem carries besides {@code field} and {@code reason}; values are text. */
  public Map<String, String> facts() {
    return facts;
  }
}
