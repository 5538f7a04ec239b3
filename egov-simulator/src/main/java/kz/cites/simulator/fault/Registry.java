package kz.cites.simulator.fault;

import java.util.Arrays;
import java.util.Optional;

/**
 * The registries behind SHEP that can be made slow, flaky or dead; {@link #path} is the URL name.
 */
public enum Registry {
  INDIVIDUALS("individuals"),
  LEGAL_ENTITIES("legal-entities"),
  ENTREPRENEURS("entrepreneurs"),
  PAYMENTS("payments"),
  HUNTING_PERMITS("hunting-permits"),
  COURTS("courts");

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
