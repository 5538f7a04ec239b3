package kz.cites.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator on a port of its own (platform/observability): health and Prometheus there, with no
 * token; nothing of it on the simulator's own port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementPortTest {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void healthAndMetricsAreOnTheManagementPortOnly() throws Exception {
    assertThat(managementPort).isNotEqualTo(port);
    HttpResponse<String> health = get(managementPort, "/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("egov-simulator");
    assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
