package kz.cites.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where tests get PostgreSQL and Kafka from. Chosen by the system property or environment variable
 * {@code cites.test.infrastructure} / {@code CITES_TEST_INFRASTRUCTURE}: {@code embedded} (in the
 * test JVM, no Docker), {@code testcontainers} (containers through Docker), or {@code auto}
 * (default: containers when a Docker engine socket or DOCKER_HOST is present, embedded otherwise).
 */
public enum InfrastructureMode {
  EMBEDDED,
  TESTCONTAINERS;

  static final String PROPERTY = "cites.test.infrastructure";

  public static InfrastructureMode current() {
    String chosen = System.getProperty(PROPERTY, System.getenv("CITES_TEST_INFRASTRUCTURE"));
    String value = chosen == null ? "auto" : chosen.trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "embedded" -> EMBEDDED;
      case "testcontainers" -> TESTCONTAINERS;
      case "auto", "" -> dockerLooksAvailable() ? TESTCONTAINERS : EMBEDDED;
      default ->
          throw new IllegalArgumentException(
              PROPERTY + " must be embedded, testcontainers or auto, not " + chosen);
    };
  }

  private static boolean dockerLooksAvailable() {
    return System.getenv("DOCKER_HOST") != null
        || Files.exists(Path.of("/var/run/docker.sock"))
        || Files.exists(Path.of(System.getProperty("user.home"), ".docker/run/docker.sock"));
  }
}
