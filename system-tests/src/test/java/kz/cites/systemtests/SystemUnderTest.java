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
 * start themselves with the local-stack launcher, on a fresh data folder, once per test JVM.
 */
final class SystemUnderTest {

  private static SystemUnderTest instance;

  final URI gateway;
  final URI simulator;

  private SystemUnderTest(URI gateway, URI simulator) {
    this.gateway = gateway;
    this.simulator = simulator;
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
      return new SystemUnderTest(URI.create(gateway), URI.create(simulator));
    }
    Path root = Path.of(System.getProperty("cites.repository.root", "..")).toAbsolutePath();
    try {
      Path data = Files.createTempDirectory("cites-system-tests");
      RunningStack stack =
          LocalStack.start(
              LocalStackOptions.forRepository(root).withDataDirectory(data),
              line -> System.out.println("[local-stack] " + line));
      Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "system-under-test-stop"));
      return new SystemUnderTest(stack.urls().get("gateway"), stack.urls().get("egov-simulator"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Could not create a data folder for the stack", e);
    }
  }
}
