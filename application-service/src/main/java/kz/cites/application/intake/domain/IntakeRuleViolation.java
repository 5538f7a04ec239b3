package kz.cites.application.intake.domain;

/** A request the intake rules refuse; the web layer turns each {@link Rule} into a problem type. */
public class IntakeRuleViolation extends RuntimeException {

  /** The rules, each with a stable meaning for clients. */
  public enum Rule {
    /** No such application, or it belongs to another applicant. */
    NOT_FOUND,
    /** The content can be replaced only while the application is a draft. */
    NOT_A_DRAFT,
    /** An application is submitted once. */
    ALREADY_SUBMITTED,
    /** The applicant in the content is not the one on the token. */
    APPLICANT_MISMATCH,
    /** The working-day calendar has no data for the dates of the term. */
    CALENDAR_UNAVAILABLE
  }

  private final Rule rule;
  private final String field;

  public IntakeRuleViolation(Rule rule, String field, String detail) {
    super(detail);
    this.rule = rule;
    this.field = field;
  }

  public Rule rule() {
    return rule;
  }

  /** The JSON path of the offending field, or null when the whole request is concerned. */
  public String field() {
    return field;
  }
}
