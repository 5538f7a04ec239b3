package kz.cites.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Starts the whole system on this machine: PostgreSQL and Kafka (data kept under the data
 * directory), then the simulator, then the four services and the gateway together, as separate
 * JVMs, and waits until each reports healthy.
 *
 * <pre>{@code
 * try (RunningStack stack = LocalStack.start(LocalStackOptions.forRepository(root)
 *     .withDataDirectory(tempDir))) {
 *   URI gateway = stack.urls().get("gateway");
 * }
 * }</pre>
 */
public final class LocalStack {

  private LocalStack() {}

  /**
   * Stops what a previous run with the same data directory left running (a killed launcher): the
   * processes named in its pid files, and any process that listens on one of the stack's ports
   * while running one of this repository's application jars or this data directory's PostgreSQL.
   * Does nothing when nothing is left. Processes of anyone else are never touched.
   */
  public static void stopLeftovers(LocalStackOptions options, Consumer<String> progress) {
    Leftovers.stop(options, progress);
  }

  /** Starts the stack, reporting progress on standard output. */
  public static RunningStack start(LocalStackOptions options) {
    return start(options, System.out::println);
  }

  /**
   * Starts the stack; returns when every application answers healthy.
   *
   * @throws LocalStackException when a jar is missing, a port is taken, or something does not come
   *     up in time (everything already started is stopped again first)
   */
  public static RunningStack start(LocalStackOptions options, Consumer<String> progress) {
    return start(options, progress, stack -> {});
  }

  /** As above; {@code onCreated} sees the stack before start-up, so a signal can stop it midway. */
  static RunningStack start(
      LocalStackOptions options, Consumer<String> progress, Consumer<RunningStack> onCreated) {
    Instant began = Instant.now();
    List<ServiceSpec> apps = Topology.applications().stream().filter(options::runs).toList();
    requireJars(options, apps);
    requireFreePorts(options, apps);

    RunningStack stack = new RunningStack(options, progress);
    onCreated.accept(stack);
    try {
      Files.createDirectories(options.logDirectory());
      LogRouting.route(options.logDirectory());
      String java = javaExecutable();
      // extraction (first start after a build) runs while PostgreSQL and Kafka start
      AotCaches aot =
          options.aotCache()
              ? AotCaches.prepare(options, apps, ExtractedJar.bootTools(java), progress)
              : AotCaches.off(options);

      progress.accept("Starting PostgreSQL on port " + Topology.POSTGRES_PORT + " ...");
      stack.postgres(
          PostgresNode.start(options.dataDirectory().resolve("postgres"), Topology.databases()));
      progress.accept("Starting Kafka (KRaft) on localhost:" + Topology.KAFKA_PORT + " ...");
      stack.kafka(KafkaNode.start(options.dataDirectory().resolve("kafka"), stack::kafkaFailed));

      progress.accept(aot.summary(apps));
      HealthProbe probe = new HealthProbe();
      Instant deadline = began.plus(options.startupTimeout());
      for (List<ServiceSpec> wave : waves(apps)) {
        List<ManagedApp> started = new ArrayList<>();
        for (ServiceSpec app : wave) {
          for (AppInstance instance : options.instancesOfApp(app)) {
            progress.accept("Starting " + instance.name() + " on port " + instance.port() + " ...");
            started.add(
                stack.launch(
                    instance,
                    () -> AppCommand.running(instance, options, java, aot.launch(instance)),
                    probe));
          }
        }
        awaitHealthy(started, deadline, options.startupTimeout(), progress);
      }
      stack.started(Duration.between(began, Instant.now()));
      return stack;
    } catch (IOException | RuntimeException e) {
      stack.close();
      if (e instanceof LocalStackException stackFailure) {
        throw stackFailure;
      }
      throw new LocalStackException("The local stack did not start: " + e.getMessage(), e);
    }
  }

  /**
   * The simulator first (the services' identity provider), then the four services and the gateway
   * together. The gateway needs none of them to start (it probes the services on a schedule and
   * routes to them once they answer). A JVM's start is mostly one thread (the context refresh):
   * started after the services, the gateway added its whole start to the stack's (about 10 s with
   * the full JIT on two cores); started with them, it overlaps theirs.
   */
  static List<List<ServiceSpec>> waves(List<ServiceSpec> apps) {
    List<ServiceSpec> servicesAndGateway = new ArrayList<>(Topology.SERVICES);
    servicesAndGateway.add(Topology.GATEWAY);
    List<List<ServiceSpec>> waves = new ArrayList<>();
    for (List<ServiceSpec> wave : List.of(List.of(Topology.SIMULATOR), servicesAndGateway)) {
      List<ServiceSpec> chosen = wave.stream().filter(apps::contains).toList();
      if (!chosen.isEmpty()) {
        waves.add(chosen);
      }
    }
    return waves;
  }

  static void requireJars(LocalStackOptions options, List<ServiceSpec> apps) {
    List<Path> missing =
        apps.stream().map(options::jar).filter(jar -> !Files.isRegularFile(jar)).toList();
    if (!missing.isEmpty()) {
      throw new LocalStackException(
          "Missing application jar(s): "
              + missing
              + ". Build them first: ./mvnw -B -q -DskipTests install (./stack up does it for you).");
    }
  }

  static void requireFreePorts(LocalStackOptions options, List<ServiceSpec> apps) {
    List<Integer> ports =
        new ArrayList<>(
            List.of(Topology.POSTGRES_PORT, Topology.KAFKA_PORT, Topology.KAFKA_CONTROLLER_PORT));
    apps.forEach(
        app ->
            options
                .instancesOfApp(app)
                .forEach(
                    i -> {
                      ports.add(i.port());
                      ports.add(i.managementPort());
                    }));
    List<Integer> taken = Ports.taken(ports);
    if (!taken.isEmpty()) {
      throw new LocalStackException(
          "Port(s) "
              + taken
              + " already in use"
              + PortOwners.describe(taken)
              + ". Is a previous stack still running? Check with ./stack status,"
              + " stop it with ./stack down (or stop whatever else listens there).");
    }
  }

  /**
   * Every application started in parallel is waited for in turn against one deadline: the slowest
   * decides, as it would when waiting for all at once.
   */
  private static void awaitHealthy(
      List<ManagedApp> processes, Instant deadline, Duration timeout, Consumer<String> progress) {
    for (ManagedApp app : processes) {
      app.awaitHealthy(deadline, timeout);
      progress.accept("  " + app.name() + " is UP");
    }
  }

  /** The java of this JVM, so the applications run on the same JDK as the launcher. */
  static String javaExecutable() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
