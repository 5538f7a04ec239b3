package kz.cites.systemtests;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.cites.localstack.LocalStack;
import kz.cites.localstack.LocalStackOptions;
import kz.cites.localstack.RunningStack;

/**
 * The running system the scenarios talk to: a stack already running (when {@code
 * cites.system.gateway-url} and {@code cites.system.simulator-url} are given) or one the tests
 * start themselves with the local-stack launcher, on a fresh data folder, once per test JVM, with
 * the auto-approval switch off so that an officer decides.
 */
final class SystemUnderTest {

  private static SystemUnderTest instance;

  final URI gateway;
  final URI simulator;

  /** The stack these tests started, to inject faults into; null when attached to a running one. */
  private final RunningStack stack;

  private SystemUnderTest(URI gateway, URI simulator, RunningStack stack) {
    this.gateway = gateway;
    this.simulator = simulator;
    this.stack = stack;
  }

  /** The stack the tests started themselves (empty when attached to one already running). */
  java.util.Optional<RunningStack> stack() {
    return java.util.Optional.ofNullable(stack);
  }

  static synchronized SystemUnderTest get() {
    if (instance == null) {
      instance = attachOrStart();
    }
    return instance;
  }

  private static SystemUnderTest attachOrStart() {
    String gateway = System.getProperty("cites.system.gateway-url");
    String simulator = System.getProperty("cites.system.simulator-url");
    if (gateway != null && simulator != null) {
      return new SystemUnderTest(URI.create(gateway), URI.create(simulator), null);
    }
    Path root = Path.of(System.getProperty("cites.repository.root", "..")).toAbsolutePath();
    // A fixed folder under target/: a stack a killed test run left behind is found and stopped,
    // and `mvn clean` removes the data.
    // Officers decide here (auto-approval off), so the journeys show the whole review.
    LocalStackOptions options =
        LocalStackOptions.forRepository(root)
            .withDataDirectory(root.resolve("system-tests/target/local-stack"))
            .withExtraEnvironment(
                "permit-service", java.util.Map.of("CITES_REVIEW_AUTO_APPROVAL", "false"))
            // A duty left unpaid ends its grace two minutes after the assessment instead of a
            // working day later (a demonstration setting of fee-service), so UnpaidDutyIT can show
            // it; every other scenario pays within seconds.
            // The applicant may answer a preliminary refusal for one minute instead of 2 working
            // days (a demonstration setting of application-service), so HearingIT sees a deadline
            // pass; the scenarios that answer do so within seconds.
            .withExtraEnvironment(
                "application-service",
                java.util.Map.of(
                    "CITES_HEARING_DEMO_ANSWER_PERIOD",
                    "PT1M",
                    "CITES_HEARING_LAPSE_CHECK_INTERVAL",
                    "PT2S"))
            // WebhooksIT: a failed webhook delivery is tried again after 1 s, 2 s, 2 s, ...
            .withExtraEnvironment(
                "application-service",
                java.util.Map.of(
                    "CITES_WEBHOOKS_DISPATCH_INTERVAL", "PT0.5S",
                    "CITES_WEBHOOKS_FIRST_RETRY", "PT1S",
                    "CITES_WEBHOOKS_MAX_RETRY", "PT2S"))
            .withExtraEnvironment(
                "fee-service",
                java.util.Map.of(
                    "FEE_GRACE_DEMO_PERIOD", "PT2M", "FEE_GRACE_CHECK_INTERVAL", "PT2S"))
            // The scenarios file dozens of applications per persona within minutes, which the
            // per-user limit of a real portal user would (rightly) slow down; the limits
            // themselves are tested in the gateway module.
            .withExtraEnvironment(
                "gateway",
                java.util.Map.of(
                    "SPRING_APPLICATION_JSON",
                    "{\"cites\":{\"gateway\":{\"limits\":{\"rates\":{\"authenticated\":"
                        + "{\"capacity\":6000,\"period\":\"1m\"}}}}}}"));
    // Two instances of the services whose instances must share work correctly (verification's
    // re-check claims, permit-service's numbering and scheduled alerts); FaultsIT kills one of
    // them under load. The gateway balances between them. cites.system.instances overrides it
    // (e.g. "1" for one of everything, "2" for two of every service and the gateway).
    options =
        options.withInstances(
            System.getProperty(
                "cites.system.instances", "permit-service=2,verification-service=2"));
    LocalStack.stopLeftovers(options, line -> System.out.println("[local-stack] " + line));
    deleteRecursively(options.dataDirectory());
    RunningStack stack =
        LocalStack.start(options, line -> System.out.println("[local-stack] " + line));
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "system-under-test-stop"));
    return new SystemUnderTest(
        stack.urls().get("gateway"), stack.urls().get("egov-simulator"), stack);
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      paths
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
