package kz.cites.web;

import java.util.function.Supplier;

/**
 * The problems {@link IdempotencyKeys} answers, from the service's own catalogue (each service
 * names its types and texts in one place, ADR 0004): platform/web knows when, the service what. A
 * service that declares this bean gets its {@link IdempotencyKeys} ({@link
 * IdempotencyAutoConfiguration}).
 *
 * @param inUse 409: a request with the same key is still being processed; retry it later
 * @param reused 422: the key was used before for another request (another operation or body)
 * @param invalidKey 400: the header is not 1 to 200 visible ASCII characters, in the service's own
 *     type of a bad parameter, naming {@code Idempotency-Key}
 */
public record IdempotencyProblems(
    ProblemType inUse, ProblemType reused, Supplier<ProblemException> invalidKey) {

  ProblemException keyInUse() {
    return inUse.exception();
  }

  ProblemException keyReused() {
    return reused.exception().with("field", IdempotentRequest.HEADER);
  }
}
