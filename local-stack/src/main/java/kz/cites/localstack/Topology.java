package kz.cites.localstack;

import java.util.List;
import java.util.Map;

/** The fixed shape of the local system: ports, databases and start order. */
public final class Topology {

  public static final int POSTGRES_PORT = 15432;
  public static final int KAFKA_PORT = 9092;
  public static final int KAFKA_CONTROLLER_PORT = 9093;
  public static final String DB_USER = "cites";
  public static final String DB_PASSWORD = "cites";

  /**
   * Where the services and the simulator listen: loopback only, so that nothing on the network
   * reaches a service's own port past the gateway (its limits, rate limits and role rules), nor the
   * simulator's password-less identity provider. The gateway listens on all interfaces. {@code
   * LOCAL_STACK_SERVICE_ADDRESS} (e.g. {@code 0.0.0.0}) overrides it.
   */
  public static final String SERVICE_ADDRESS = "127.0.0.1";

  /**
   * The payment gateway pushes each receipt to fee-service, signed, as the real one does. The NCA
   * keeps its root in the data folder ({@link #ncaKeystore}), set per run by {@link AppCommand}.
   */
  public static final ServiceSpec SIMULATOR =
      ServiceSpec.withoutDatabase(
          "egov-simulator",
          8090,
          Map.of(
              "SIM_PAYMENTS_NOTIFY_URL",
              "http://localhost:8083/api/v1/fees/payment-notifications"));

  /** Started together once the simulator (their identity provider) is up. */
  public static final List<ServiceSpec> SERVICES =
      List.of(
          ServiceSpec.withDatabase(
              "application-service",
              8081,
              "application",
              // applicants' EDS certificates chain to the simulator's NCA root; the simulator's
              // portal receivers may be webhooks although they are http on loopback
              Map.of(
                  "CITES_SIGNATURE_TRUSTED_ROOT_URL", "http://localhost:8090/sim/nca/root",
                  "CITES_WEBHOOKS_ALLOWED_URLS", "http://localhost:8090/sim/portal/")),
          ServiceSpec.withDatabase(
              "verification-service",
              8082,
              "verification",
              Map.of("CITES_SHEP_URL", "http://localhost:8090/shep/sync")),
          ServiceSpec.withDatabase("fee-service", 8083, "fee", Map.of()),
          ServiceSpec.withDatabase(
              "permit-service",
              8084,
              "permit",
              Map.of(
                  "CITES_REVIEW_AUTO_APPROVAL", "true",
                  "CITES_AUTHORITY_VERIFICATION_URL", "http://localhost:8080/api/v1/public/permits",
                  // the authority's seal: enrolled at the simulator's NCA, kept encrypted with
                  // this (development) password; officers sign through its remote signing
                  "CITES_SIGNING_KEY_PASSWORD", "local-stack-seal-password",
                  "CITES_SIGNING_NCA_URL", "http://localhost:8090/sim/nca",
                  "CITES_SIGNING_TRUSTED_ROOT_URL", "http://localhost:8090/sim/nca/root")));

  /** Started last: it routes to the services and publishes their OpenAPI documents. */
  public static final ServiceSpec GATEWAY = ServiceSpec.withoutDatabase("gateway", 8080, Map.of());

  private Topology() {}

  /**
   * Where the simulated NCA keeps its root (PKCS#12), so that permits signed in one run still
   * verify against the root of the next; deleting the data folder makes a new NCA.
   */
  public static java.nio.file.Path ncaKeystore(java.nio.file.Path dataDirectory) {
    return dataDirectory.resolve("nca").resolve("root.p12");
  }

  /**
   * Where the simulator keeps what the outside world keeps across its restarts (receipts, issued
   * certificates and their keys, revocations, the identity provider's key), so that restarting it
   * alone changes nothing the services see.
   */
  public static java.nio.file.Path simulatorState(java.nio.file.Path dataDirectory) {
    return dataDirectory.resolve("egov-simulator");
  }

  /** Every application in start order. */
  public static List<ServiceSpec> applications() {
    var all = new java.util.ArrayList<ServiceSpec>();
    all.add(SIMULATOR);
    all.addAll(SERVICES);
    all.add(GATEWAY);
    return List.copyOf(all);
  }

  /** The databases the services own; each is created on first run, owned by {@link #DB_USER}. */
  public static List<String> databases() {
    return SERVICES.stream().flatMap(s -> s.database().stream()).toList();
  }

  /** Every TCP port the stack listens on, infrastructure first. */
  public static List<Integer> ports() {
    var ports =
        new java.util.ArrayList<>(List.of(POSTGRES_PORT, KAFKA_PORT, KAFKA_CONTROLLER_PORT));
    applications().forEach(app -> ports.add(app.port()));
    applications().forEach(app -> ports.add(app.managementPort()));
    return List.copyOf(ports);
  }
}
