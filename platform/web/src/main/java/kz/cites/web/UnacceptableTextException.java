package kz.cites.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A string of a request body breaks {@link PlainText}. Thrown while the body is read, so that the
 * parser records the JSON path of the field; {@link EdgeProblems} answers it as a {@code
 * validation} problem naming that field.
 */
public class UnacceptableTextException extends DatabindException {

  private final transient PlainText.Flaw flaw;

  public UnacceptableTextException(JsonParser parser, PlainText.Flaw flaw) {
    super(parser, flaw.message());
    this.flaw = flaw;
  }

  public PlainText.Flaw flaw() {
    return flaw;
  }

  /** The JSON path of the field, e.g. {@code applicant.name} or {@code specimens[0].marks}. */
  public String field() {
    return ProblemHandler.jsonPath(this).orElse("body");
  }
}
