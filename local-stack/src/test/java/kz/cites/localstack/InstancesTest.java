package kz.cites.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstancesTest {

  private final LocalStackOptions options =
      LocalStackOptions.forRepository(Path.of("/repo")).withDataDirectory(Path.of("/data"));

  private static ServiceSpec app(String name) {
    return Topology.applications().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theFirstInstanceKeepsTheNameAndPortFurtherOnesAreNumberedAHundredPortsApart() {
    LocalStackOptions two = options.withInstances("fee-service", 2);

    assertThat(two.instancesOfApp(app("fee-service")))
        .extracting(AppInstance::name, AppInstance::port)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("fee-service", 8083),
            org.assertj.core.groups.Tuple.tuple("fee-service-2", 8183));
    assertThat(two.instancesOfApp(app("permit-service"))).hasSize(1);
  }

  @Test
  void eachInstanceHasItsOwnPortAndLogButTheSameJarAndDatabase() {
    AppInstance second = new AppInstance(app("permit-service"), 2);
    AppCommand command = AppCommand.of(second, options, "java", null);

    assertThat(command.environment())
        .containsEntry("PORT", "8184")
        .containsEntry("DB_URL", "jdbc:postgresql://localhost:15432/permit");
    assertThat(command.logFile()).isEqualTo(Path.of("/data/logs/permit-service-2.log"));
    assertThat(command.command()).endsWith("/repo/permit-service/target/permit-service.jar");
  }

  @Test
  void theGatewayBalancesOverEveryInstanceAndTheGatewaysShareTheLimits() {
    LocalStackOptions two = options.withInstances("2");

    assertThat(AppCommand.environment(app("gateway"), two))
        .containsEntry("APPLICATION_SERVICE_URLS", "http://localhost:8081,http://localhost:8181")
        .containsEntry("PERMIT_SERVICE_URLS", "http://localhost:8084,http://localhost:8184")
        .containsEntry("CITES_GATEWAY_INSTANCES", "2");
    assertThat(AppCommand.environment(new AppInstance(app("gateway"), 2), two))
        .containsEntry("PORT", "8180")
        .containsEntry("FEE_SERVICE_URLS", "http://localhost:8083,http://localhost:8183");
    assertThat(AppCommand.environment(app("gateway"), options))
        .doesNotContainKeys("APPLICATION_SERVICE_URLS", "CITES_GATEWAY_INSTANCES");
  }

  @Test
  void instancesAreGivenAsOneCountForEveryServiceOrPerApplication() {
    LocalStackOptions all = options.withInstances("2");
    assertThat(all.instancesOf(app("gateway"))).isEqualTo(2);
    assertThat(all.instancesOf(app("application-service"))).isEqualTo(2);
    assertThat(all.instancesOf(Topology.SIMULATOR)).as("one outside world").isEqualTo(1);

    LocalStackOptions some = options.withInstances("permit-service=3,gateway=2");
    assertThat(some.instancesOf(app("permit-service"))).isEqualTo(3);
    assertThat(some.instancesOf(app("gateway"))).isEqualTo(2);
    assertThat(some.instancesOf(app("fee-service"))).isEqualTo(1);

    assertThatThrownBy(() -> options.withInstances("nothing=2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> options.withInstances("fee-service", 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theProcessListeningOnAPortIsFound() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = listener.getLocalPort();
      assertThat(PortOwners.of(List.of(port))).containsEntry(port, ProcessHandle.current());
      assertThat(PortOwners.describe(List.of(port)))
          .contains("port " + port + ": pid " + ProcessHandle.current().pid());
    }
  }
}
