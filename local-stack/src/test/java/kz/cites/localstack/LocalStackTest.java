package kz.cites.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

  @TempDir Path root;

  @Test
  void aPortSomethingListensOnIsReportedTakenEvenOnLoopbackOnly() throws IOException {
    int port;
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = listener.getLocalPort();
      assertThat(Ports.taken(List.of(port))).containsExactly(port);
    }
    assertThat(Ports.taken(List.of(port))).isEmpty();
  }

  @Test
  void missingJarsAreNamedWithHowToBuildThem() throws IOException {
    Path simulatorJar = root.resolve("egov-simulator/target/egov-simulator.jar");
    Files.createDirectories(simulatorJar.getParent());
    Files.writeString(simulatorJar, "jar");
    LocalStackOptions options = LocalStackOptions.forRepository(root);

    assertThatThrownBy(() -> LocalStack.requireJars(options, Topology.applications()))
        .isInstanceOf(LocalStackException.class)
        .hasMessageContaining(root.resolve("gateway/target/gateway.jar").toString())
        .hasMessageNotContaining("egov-simulator.jar")
        .hasMessageContaining("./mvnw");
    LocalStack.requireJars(options, List.of(Topology.SIMULATOR));
  }

  @Test
  void startFailsBeforeStartingAnythingWhenAJarIsMissing() {
    LocalStackOptions options =
        LocalStackOptions.forRepository(root).withDataDirectory(root.resolve("data"));

    assertThatThrownBy(() -> LocalStack.start(options, line -> {}))
        .isInstanceOf(LocalStackException.class)
        .hasMessageContaining("Missing application jar");
    assertThat(root.resolve("data")).doesNotExist();
  }

  @Test
  void simulatorFirstThenTheServicesAndTheGatewayTogether() {
    assertThat(LocalStack.waves(Topology.applications()))
        .extracting(wave -> wave.stream().map(ServiceSpec::name).toList())
        .containsExactly(
            List.of("egov-simulator"),
            List.of(
                "application-service",
                "verification-service",
                "fee-service",
                "permit-service",
                "gateway"));
  }

  @Test
  void onlyKeepsTheChosenApplicationsInStartOrder() {
    LocalStackOptions options =
        LocalStackOptions.forRepository(root).withOnly(Set.of("gateway", "egov-simulator"));
    List<ServiceSpec> chosen = Topology.applications().stream().filter(options::runs).toList();

    assertThat(LocalStack.waves(chosen))
        .extracting(wave -> wave.getFirst().name())
        .containsExactly("egov-simulator", "gateway");
  }

  @Test
  void theOverallHealthStatusIsTheFirstOne() {
    assertThat(HealthProbe.statusOf("{\"status\":\"UP\",\"groups\":[\"liveness\"]}"))
        .isEqualTo("UP");
    assertThat(
            HealthProbe.statusOf(
                "{\"status\":\"DOWN\",\"components\":{\"db\":{\"status\":\"UP\"}}}"))
        .isEqualTo("DOWN");
    assertThat(HealthProbe.statusOf("<html>")).isEqualTo("unknown");
    // components first, as a reactive server writes them with details shown
    assertThat(
            HealthProbe.statusOf(
                "{\"components\":{\"discovery\":{\"description\":\"a \\\"quoted\\\" {\","
                    + "\"status\":\"UNKNOWN\"},\"ping\":{\"status\":\"UP\"}},"
                    + "\"groups\":[\"liveness\"],\"status\":\"UP\"}"))
        .isEqualTo("UP");
  }

  @Test
  void everyApplicationHasAManagementPortOfItsOwnThatIsNoApiPort() {
    List<Integer> api = Topology.applications().stream().map(ServiceSpec::port).toList();
    List<Integer> management =
        Topology.applications().stream().map(ServiceSpec::managementPort).toList();
    assertThat(management).doesNotHaveDuplicates().doesNotContainAnyElementsOf(api);
    assertThat(Topology.ports()).doesNotHaveDuplicates().containsAll(management);
    // the launcher asks the actuator there, and tells each application its port
    assertThat(Topology.GATEWAY.healthUrl()).isEqualTo("http://localhost:18080/actuator/health");
    assertThat(
            AppCommand.environment(
                Topology.SIMULATOR, LocalStackOptions.forRepository(Path.of("."))))
        .containsEntry("MANAGEMENT_SERVER_PORT", "18090");
  }
}
