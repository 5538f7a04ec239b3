package kz.cites.web;

/**
 * A JSON request body longer than {@code cites.web.max-json-body-size}: refused from its {@code
 * Content-Length}, or as soon as a body without one passes the limit while it is read. {@link
 * EdgeProblems} answers 413 {@code body-too-large}.
 */
public class BodyTooLargeException extends RuntimeException {

  private final long limit;

  public BodyTooLargeException(long limit) {
    super("The request body is larger than " + limit + " bytes.");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
