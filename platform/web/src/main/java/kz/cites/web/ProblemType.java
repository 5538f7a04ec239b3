package kz.cites.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * One kind of problem a service answers: its stable type URI, HTTP status and title. Each service
 * lists its kinds in one catalogue, an enum {@code <service>.web.ApiProblem} implementing this, and
 * builds every problem it throws from there (ADR 0004), so a type's status and title are written
 * once.
 */
public interface ProblemType {

  URI type();

  HttpStatus status();

  String title();

  /** The problem to throw; add extension members with {@link ProblemException#with}. */
  default ProblemException exception(String detail) {
    return new ProblemException(status(), type(), title(), detail);
  }
}
