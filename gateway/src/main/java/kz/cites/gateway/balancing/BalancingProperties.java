package kz.cites.gateway.balancing;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Several instances of a service behind the gateway ({@code cites.gateway.balancing.*}).
 *
 * @param services one entry per service: its instances' base URLs, comma-separated, the first being
 *     the URL its routes name (e.g. {@code http://localhost:8081,http://localhost:8181}); a service
 *     with one URL is not balanced
 * @param probeInterval how often each instance of a balanced service is asked for its health
 * @param managementPortOffset how far above an instance's HTTP port its actuator (health) listens:
 *     the services keep the actuator on a management port of their own, 10000 above the HTTP port
 *     by the deployment's convention (local stack and compose alike)
 */
@ConfigurationProperties("cites.gateway.balancing")
record BalancingProperties(
    List<String> services, Duration probeInterval, Integer managementPortOffset) {

  BalancingProperties {
    services = services == null ? List.of() : List.copyOf(services);
    probeInterval = probeInterval == null ? Duration.ofSeconds(2) : probeInterval;
    managementPortOffset = managementPortOffset == null ? 10_000 : managementPortOffset;
  }

  /** Where an instance answers its health: its management port, on the same host. */
  URI healthOf(URI instance) {
    int port =
        instance.getPort() != -1
            ? instance.getPort()
            : "https".equals(instance.getScheme()) ? 443 : 80;
    return URI.create(
        instance.getScheme()
            + "://"
            + instance.getHost()
            + ":"
            + (port + managementPortOffset)
            + "/actuator/health");
  }

  /** Each service's instances, for those that have more than one. */
  List<List<URI>> balanced() {
    return services.stream()
        .map(
            line ->
                Arrays.stream(line.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(s -> URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s))
                    .toList())
        .filter(instances -> instances.size() > 1)
        .toList();
  }
}
