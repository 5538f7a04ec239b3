package kz.cites.web;

/**
 * The problems {@link IdempotencyKeys} answers, from the service's own catalogue (each service
 * names its types and texts in one place, ADR 0004): platform/web knows when, the service what.
 */
public interface IdempotencyProblems {

  /** 400: the {@code Idempotency-Key} header is not 1 to 200 visible ASCII characters. */
  ProblemException invalidKey();

  /** 409: a request with the same key is still being processed; retry it later. */
  ProblemException keyInUse();

  /** 422: the key was used before for another request (another operation or another body). */
  ProblemException keyReused();
}
