package kz.cites.application.intake.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the intake rules refuse; the web layer turns each {@link Rule} into a problem type.
 * What it says to the applicant is named, not written: {@link #detail()} names the text of the
 * type's detail in the message bundles ({@code problem.<type>.detail.<detail>}), {@link
 * #detailArgs()} fill it in, and the web layer writes it in the caller's language.
 */
public class IntakeRuleViolation extends RuntimeException {

  /** The rules, each with a stable meaning for clients. */
  public enum Rule {
    /** No such application, or it belongs to another applicant. */
    NOT_FOUND,
    /** The content can be replaced only while the application is a draft. */
    NOT_A_DRAFT,
    /** The client's If-Match names a version that is no longer the current one. */
    VERSION_CHANGED,
    /** An application is submitted once. */
    ALREADY_SUBMITTED,
    /** The applicant in the content is not the one on the token. */
    APPLICANT_MISMATCH,
    /** The working-day calendar has no data for the dates of the term. */
    CALENDAR_UNAVAILABLE,
    /** Field rules that need "today" or the checklist (dates); details are {@link FieldRule}s. */
    INVALID_CONTENT,
    /** CITES Art. III: no import of an Appendix I specimen for primarily commercial purposes. */
    APPENDIX_I_COMMERCIAL_IMPORT,
    /** An EXPORT of specimens whose country of origin is not Kazakhstan: it is a re-export. */
    RE_EXPORT_REQUIRED,
    /** The package lacks documents or data; details list every missing requirement. */
    INCOMPLETE,
    /** An upload that is no PDF, JPEG or PNG by its content. */
    UNSUPPORTED_DOCUMENT,
    /** An empty upload. */
    EMPTY_DOCUMENT,
    /** The EDS does not hold; the details name the reason. */
    INVALID_SIGNATURE,
    /** The signer's certificate had expired when the submission was received. */
    CERTIFICATE_EXPIRED,
    /** The signer's certificate was not yet valid when the submission was received. */
    CERTIFICATE_NOT_YET_VALID,
    /** The NCA revoked the signer's certificate. */
    CERTIFICATE_REVOKED,
    /** The NCA's revocation status of the certificate cannot be learnt now; try again later. */
    REVOCATION_STATUS_UNAVAILABLE,
    /** The authority already decided (ISSUED or REFUSED): no withdrawal any more. */
    ALREADY_DECIDED,
    /** The applicant withdrew the application: nothing can be done with it any more. */
    WITHDRAWN,
    /** No hearing is open for the application: none was notified, or it ended with a decision. */
    NO_OPEN_HEARING,
    /** The position in this hearing was already stated: once per hearing. */
    HEARING_ALREADY_ANSWERED,
    /** The hearing's deadline passed: the answer comes too late. */
    HEARING_DEADLINE_PASSED,
    /** A document given with the position is not one of this application's. */
    UNKNOWN_DOCUMENT
  }

  /**
   * One broken field rule, in the shape of the validation problem's {@code errors[]}: its message
   * is the bundles' {@code message} key, with {@code args}.
   */
  public record FieldRule(String field, String rule, String message, List<Object> args) {

    public FieldRule {
      args = List.copyOf(args);
    }

    public FieldRule(String field, String rule, String message, Object... args) {
      this(field, rule, message, List.of(args));
    }
  }

  private final Rule rule;
  private final String field;
  private final List<?> details;
  private final String detail;
  private final List<Object> detailArgs;

  private final Map<String, Object> members = new LinkedHashMap<>();

  /**
   * @param detail the name of the detail's text, {@code problem.<type>.detail.<detail>}
   * @param detailArgs its arguments
   */
  public IntakeRuleViolation(Rule rule, String field, String detail, Object... detailArgs) {
    this(rule, field, List.of(), detail, detailArgs);
  }

  /** A violation about several things at once ({@code details}: fields, missing documents). */
  public IntakeRuleViolation(
      Rule rule, String field, List<?> details, String detail, Object... detailArgs) {
    super(rule + " " + detail + " " + Arrays.toString(detailArgs));
    this.rule = rule;
    this.field = field;
    this.details = List.copyOf(details);
    this.detail = detail;
    this.detailArgs = Arrays.asList(detailArgs.clone());
  }

  /** The name of the detail's text in the message bundles. */
  public String detail() {
    return detail;
  }

  /** The arguments of the detail's text (a value may be null). */
  public List<Object> detailArgs() {
    return Collections.unmodifiableList(detailArgs);
  }

  /** Adds an extension member for the problem (e.g. the deadline that passed). */
  public IntakeRuleViolation with(String name, Object value) {
    members.put(name, value);
    return this;
  }

  /** Extension members the problem carries besides field and details. */
  public Map<String, Object> members() {
    return Collections.unmodifiableMap(members);
  }

  /** The items of a rule that concerns several things at once (fields, missing documents). */
  public List<?> details() {
    return details;
  }

  public Rule rule() {
    return rule;
  }

  /** The JSON path of the offending field, or null when the whole request is concerned. */
  public String field() {
    return field;
  }
}
