package kz.cites.verification.egov;

import java.util.function.Predicate;

/**
 * Which failures the retry asks again at once (named in {@code
 * resilience4j.retry.configs.default.retry-exception-predicate}): only those a second try may cure.
 */
public class TransientFault implements Predicate<Throwable> {

  @Override
  public boolean test(Throwable failure) {
    return failure instanceof RegistryUnavailableException e && e.transientFault();
  }
}
