package kz.cites.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/**
 * Where tests get PostgreSQL and Kafka from. Chosen by the system property or environment variable
 * {@code cites.test.infrastructure} / {@code CITES_TEST_INFRASTRUCTURE}: {@code embedded} (in the
 * test JVM, no Docker), {@code testcontainers} (containers through Docker), or {@code auto}
 * (default: containers when a Docker engine answers, embedded otherwise).
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

  private static Boolean dockerAnswers;

  /** Asks Docker only where a socket or DOCKER_HOST suggests one: asking costs seconds. */
  private static synchronized boolean dockerLooksAvailable() {
    if (dockerAnswers == null) {
      boolean hinted =
          System.getenv("DOCKER_HOST") != null
              || Files.exists(Path.of("/var/run/docker.sock"))
              || Files.exists(Path.of(System.getProperty("user.home"), ".docker/run/docker.sock"));
      dockerAnswers = hinted && DockerClientFactory.instance().isDockerAvailable();
    }
    return dockerAnswers;
  }
}
