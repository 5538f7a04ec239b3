package kz.cites.simulator.fault;

import java.util.Arrays;
import java.util.Optional;

/**
 * The outside services that can be made slow, flaky or dead: the registries behind SHEP and the
 * NCA's OCSP responder; {@link #path} is the URL name.
 */
public enum Registry {
  INDIVIDUALS("individuals"),
  LEGAL_ENTITIES("legal-entities"),
  ENTREPRENEURS("entrepreneurs"),
  PAYMENTS("payments"),
  HUNTING_PERMITS("hunting-permits"),
  COURTS("courts"),
  /** The NCA's OCSP responder ({@code POST /sim/nca/ocsp}), asked on every submission. */
  OCSP("ocsp");

  private final String path;

  Registry(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  public static Optional<Registry> byPath(String path) {
    return Arrays.stream(values()).filter(registry -> registry.path.equals(path)).findFirst();
  }
}
