package kz.cites.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems of what a request body carries before any rule of a service looks at it: a string that
 * is no plain text ({@link PlainText}: 400 {@code validation} naming the field) and a JSON body
 * over the cap ({@link JsonBodyLimit}: 413 {@code body-too-large}). Both are raised while the body
 * is read, so Spring wraps them in its "not readable" exception; an exception handler also matches
 * the cause, and this advice comes before {@link ProblemHandler}, which would answer {@code
 * malformed-body}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EdgeProblems {

  private final Texts texts;

  public EdgeProblems(Texts texts) {
    this.texts = texts;
  }

  @ExceptionHandler(UnacceptableTextException.class)
  ResponseEntity<ProblemDetail> onUnacceptableText(UnacceptableTextException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, texts.text("problem.validation.detail.fields", 1));
    problem.setType(Problems.VALIDATION);
    problem.setTitle(texts.text("problem.validation.title"));
    problem.setProperties(
        Map.of(
            "errors",
            List.of(
                new ProblemHandler.FieldProblem(
                    e.field(), e.flaw().rule(), texts.text(e.flaw().text())))));
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(BodyTooLargeException.class)
  ResponseEntity<ProblemDetail> onBodyTooLarge(BodyTooLargeException e) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        // the rest of the body is not read: the connection cannot carry another request
        .header(HttpHeaders.CONNECTION, "close")
        .body(bodyTooLarge(e.limit(), texts.language()));
  }

  static ProblemDetail bodyTooLarge(long limit, Language language) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            StatusProblems.TEXTS.text(language, "problem.body-too-large.detail.limit", limit));
    problem.setType(Problems.BODY_TOO_LARGE);
    problem.setTitle(StatusProblems.title(413, language));
    return problem;
  }
}
