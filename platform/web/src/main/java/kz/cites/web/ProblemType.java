package kz.cites.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * One kind of problem a service answers. Each service lists its kinds in one catalogue, an enum
 * {@code <service>.web.ApiProblem} implementing this, and builds every problem it throws from there
 * (ADR 0004), so a type's status and title are written once.
 */
public interface ProblemType {

  /** The type URI, status, title and when-text of this kind. */
  ProblemSpec spec();

  default URI type() {
    return spec().type();
  }

  default HttpStatus status() {
    return spec().status();
  }

  default String title() {
    return spec().title();
  }

  /** When the service answers it, for the documentation. */
  default String when() {
    return spec().when();
  }

  /** The last segment of the type URI, e.g. {@code incomplete-application}. */
  default String slug() {
    return type().toString().substring(Problems.BASE.length());
  }

  /** The problem to throw; add extension members with {@link ProblemException#with}. */
  default ProblemException exception(String detail) {
    return new ProblemException(status(), type(), title(), detail);
  }
}
