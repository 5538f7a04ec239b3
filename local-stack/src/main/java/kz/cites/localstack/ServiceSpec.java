package kz.cites.localstack;

import java.util.Map;
import java.util.Optional;

/**
 * One application of the system as the launcher runs it: the Maven module (and jar) name, its HTTP
 * port, its own database if it has one, and environment specific to it.
 */
public record ServiceSpec(
    String name, int port, Optional<String> database, Map<String, String> environment) {

  public ServiceSpec {
    environment = Map.copyOf(environment);
  }

  static ServiceSpec withDatabase(String name, int port, String database, Map<String, String> env) {
    return new ServiceSpec(name, port, Optional.of(database), env);
  }

  static ServiceSpec withoutDatabase(String name, int port, Map<String, String> env) {
    return new ServiceSpec(name, port, Optional.empty(), env);
  }

  /**
   * How far above its HTTP port an application's management port is (the actuator: health,
   * Prometheus; platform/observability): 18080 for the gateway, 18081-18084 for the services, 18090
   * for the simulator, the same as their own defaults.
   */
  public static final int MANAGEMENT_PORT_OFFSET = 10_000;

  /** The actuator's port: loopback only, no token, never routed by the gateway. */
  public int managementPort() {
    return port + MANAGEMENT_PORT_OFFSET;
  }

  public String healthUrl() {
    return managementUrl() + "/actuator/health";
  }

  public String managementUrl() {
    return "http://localhost:" + managementPort();
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }
}
