package kz.cites.application.calendar.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A calendar administration request that breaks a rule; the web layer answers it as a problem, in
 * the caller's language: {@link #detail()} names the text (for an invalid field, {@code
 * field.calendar.<detail>}, otherwise {@code problem.<type>.detail.<detail>}) and {@link
 * #detailArgs()} fill it in.
 */
public class CalendarRuleViolation extends RuntimeException {

  /** The rules, each answered with its own stable problem type. */
  public enum Rule {
    /** A field of the request is missing or invalid (400, names the field). */
    INVALID_FIELD,
    /** The day is today or earlier: terms already computed on it must not move (422). */
    DAY_IN_PAST,
    /** The year has no bundled calendar data (422). */
    YEAR_UNAVAILABLE,
    /** The bundled data already says so, or only a release can change it (409). */
    BUNDLED_DAY,
    /** No administrator's mark on that day (404). */
    NOT_MARKED
  }

  private final Rule rule;
  private final String field;
  private final String detail;
  private final List<Object> detailArgs;

  public CalendarRuleViolation(Rule rule, String field, String detail, Object... detailArgs) {
    super(rule + " " + detail + " " + Arrays.toString(detailArgs));
    this.rule = rule;
    this.field = field;
    this.detail = detail;
    this.detailArgs = List.of(detailArgs);
  }

  /** The name of the text that says what is wrong. */
  public String detail() {
    return detail;
  }

  public List<Object> detailArgs() {
    return detailArgs;
  }

  public Rule rule() {
    return rule;
  }

  /** The request field concerned, or null. */
  public String field() {
    return field;
  }
}
