package kz.cites.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A started stack. {@link #close()} stops the applications, then Kafka, then PostgreSQL. While it
 * runs, the launcher restarts an application that exits by itself ({@link ManagedApp}, within a
 * {@link RestartBudget}); an operator (or a fault drill) can restart, stop, start or kill an
 * application instance, and stop, start or restart the broker, by name ({@link #control}).
 */
public final class RunningStack implements AutoCloseable {

  /** The name that stands for the in-process broker in {@link #control}. */
  public static final String KAFKA = "kafka";

  private final LocalStackOptions options;
  private final Consumer<String> progress;
  private final List<ManagedApp> apps = new ArrayList<>();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private final Object kafkaLock = new Object();
  private volatile PostgresNode postgres;
  private volatile KafkaNode kafka;
  private volatile ControlServer control;
  private volatile Duration startupTime = Duration.ZERO;

  RunningStack(LocalStackOptions options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
  }

  synchronized void postgres(PostgresNode node) throws IOException {
    if (closing.get()) {
      node.close();
      throw new LocalStackException("Stopped while starting");
    }
    postgres = node;
  }

  void kafka(KafkaNode node) {
    synchronized (kafkaLock) {
      if (closing.get()) {
        node.close();
        throw new LocalStackException("Stopped while starting");
      }
      kafka = node;
    }
  }

  /** Kafka is about to halt this JVM: stop what would otherwise be left running. */
  void kafkaFailed() {
    PostgresNode database = postgres;
    if (closing.compareAndSet(false, true)) {
      List<ManagedApp> running;
      synchronized (this) {
        running = List.copyOf(apps);
      }
      running.forEach(ManagedApp::requestStop);
      running.forEach(app -> app.awaitStopped(Duration.ofSeconds(10)));
    }
    if (database != null) {
      try {
        database.close();
      } catch (IOException | RuntimeException e) {
        // halting anyway
      }
    }
  }

  /** Supervises {@code instance} from now on and starts it (not waiting for its health). */
  ManagedApp launch(
      AppInstance instance, java.util.function.Supplier<AppCommand> command, HealthProbe probe) {
    ManagedApp app =
        new ManagedApp(
            instance,
            command,
            options.rootDirectory(),
            RestartBudget.standard(),
            probe,
            options.startupTimeout(),
            progress,
            this::supervising,
            this::recordPids);
    synchronized (this) {
      if (closing.get()) {
        throw new LocalStackException("Stopped while starting");
      }
      apps.add(app);
    }
    app.start();
    return app;
  }

  /** Crashes are restarted once the stack is up, until it closes. */
  private boolean supervising() {
    return !closing.get() && !startupTime.isZero();
  }

  void started(Duration took) {
    this.startupTime = took;
    try {
      control = ControlServer.start(this);
    } catch (IOException e) {
      progress.accept(
          "WARNING: no control endpoint (./stack restart|stop|start|kill will not reach this"
              + " stack): "
              + e.getMessage());
    }
  }

  /** How long the start took, until every application was healthy. */
  public Duration startupTime() {
    return startupTime;
  }

  /**
   * The HTTP entry points: {@code gateway}, {@code swagger-ui}, and one per application instance
   * ({@code egov-simulator}, {@code application-service}, {@code application-service-2}, ...), for
   * those that run.
   */
  public Map<String, URI> urls() {
    Map<String, URI> urls = new LinkedHashMap<>();
    List<AppInstance> running = instances();
    for (AppInstance instance : running) {
      if (instance.app().equals(Topology.GATEWAY) && instance.number() == 1) {
        urls.put("gateway", URI.create(instance.baseUrl()));
        urls.put("swagger-ui", URI.create(instance.baseUrl() + "/swagger-ui.html"));
      }
    }
    for (AppInstance instance : running) {
      if (!instance.equals(AppInstance.first(Topology.GATEWAY))) {
        urls.put(instance.name(), URI.create(instance.baseUrl()));
      }
    }
    return urls;
  }

  /** Every application instance the stack runs, in start order. */
  public synchronized List<AppInstance> instances() {
    return apps.stream().map(ManagedApp::instance).toList();
  }

  public String kafkaBootstrapServers() {
    return "localhost:" + Topology.KAFKA_PORT;
  }

  /** JDBC URL of a service's database (user and password: {@code cites}). */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + Topology.POSTGRES_PORT + "/" + database;
  }

  /** The pid of an instance's process now ({@code fee-service}, {@code fee-service-2}). */
  public long pid(String instance) {
    return one(instance).process().orElseThrow().process().pid();
  }

  /** How often the launcher restarted an instance after it exited by itself. */
  public int automaticRestarts(String instance) {
    return one(instance).restarts();
  }

  /**
   * Restarts an application (every instance of it, one after another, each healthy before the next
   * goes) or one instance ({@code fee-service-2}), or the broker ({@code kafka}).
   */
  public void restart(String target) {
    if (KAFKA.equals(target)) {
      restartKafka();
      return;
    }
    for (ManagedApp app : matching(target)) {
      progress.accept("Restarting " + app.name() + " ...");
      app.restart();
      progress.accept("  " + app.name() + " is UP (pid " + pid(app.name()) + ")");
    }
  }

  /** Stops an application (every instance) or one instance; the launcher leaves it stopped. */
  public void stop(String target) {
    if (KAFKA.equals(target)) {
      stopKafka();
      return;
    }
    for (ManagedApp app : matching(target)) {
      progress.accept("Stopping " + app.name());
      app.stop(ManagedApp.GRACE);
    }
  }

  /** Starts what {@link #stop} stopped (or what crashed too often), and waits until it is UP. */
  public void start(String target) {
    if (KAFKA.equals(target)) {
      startKafka();
      return;
    }
    for (ManagedApp app : matching(target)) {
      if (!app.alive()) {
        progress.accept("Starting " + app.name() + " ...");
        app.start();
      }
      app.awaitHealthy(options.startupTimeout());
      progress.accept("  " + app.name() + " is UP (pid " + pid(app.name()) + ")");
    }
  }

  /**
   * Kills one instance outright (SIGKILL), as a crash would, for fault drills; the launcher then
   * restarts it by itself. Answers the killed pid.
   */
  public long kill(String instance) {
    ManagedApp app = one(instance);
    long pid = app.kill();
    progress.accept("Killed " + app.name() + " (pid " + pid + ", SIGKILL)");
    return pid;
  }

  /** Waits until an instance answers healthy (e.g. after {@link #kill}). */
  public void awaitHealthy(String instance, Duration timeout) {
    one(instance).awaitHealthy(timeout);
  }

  /** Stops the broker (same data directory; the applications' clients retry until it is back). */
  public void stopKafka() {
    synchronized (kafkaLock) {
      KafkaNode node = kafka;
      if (node == null) {
        return;
      }
      progress.accept("Stopping Kafka");
      kafka = null;
      node.close();
    }
  }

  /** Starts the broker again on its data directory; returns once it serves. */
  public void startKafka() {
    synchronized (kafkaLock) {
      if (kafka != null) {
        return;
      }
      if (closing.get()) {
        throw new LocalStackException("The stack is stopping");
      }
      progress.accept("Starting Kafka (KRaft) on localhost:" + Topology.KAFKA_PORT + " ...");
      try {
        kafka = KafkaNode.start(options.dataDirectory().resolve("kafka"), this::kafkaFailed);
      } catch (IOException e) {
        throw new LocalStackException("Kafka did not start again: " + e.getMessage(), e);
      }
      progress.accept("  Kafka is UP");
    }
  }

  public void restartKafka() {
    synchronized (kafkaLock) {
      stopKafka();
      startKafka();
    }
  }

  /** Whether the in-process broker runs now. */
  public boolean kafkaRunning() {
    return kafka != null;
  }

  /**
   * The broker's line, then one line per instance: name and port, pid and health, automatic
   * restarts.
   */
  public List<String> describe() {
    List<ManagedApp> running;
    synchronized (this) {
      running = List.copyOf(apps);
    }
    HealthProbe probe = new HealthProbe();
    List<String> lines = new ArrayList<>();
    lines.add(
        "%-24s %s"
            .formatted(
                KAFKA + " :" + Topology.KAFKA_PORT,
                kafkaRunning() ? "running in the launcher" : "stopped"));
    for (ManagedApp app : running) {
      String state =
          app.alive()
              ? "pid "
                  + app.process().orElseThrow().process().pid()
                  + ", "
                  + probe.status(app.instance())
              : app.gaveUp() ? "stopped: crashed too often" : "stopped";
      lines.add(
          "%-24s %s, %d automatic restart(s)"
              .formatted(app.name() + " :" + app.instance().port(), state, app.restarts()));
    }
    return lines;
  }

  /** Every instance {@code target} names: an application (all its instances) or one instance. */
  private synchronized List<ManagedApp> matching(String target) {
    List<ManagedApp> byApplication =
        apps.stream().filter(app -> app.instance().app().name().equals(target)).toList();
    if (!byApplication.isEmpty()) {
      return byApplication;
    }
    return List.of(one(target));
  }

  /**
   * The instance {@code name} names ({@code fee-service} is the first, also {@code fee-service-1}).
   */
  private synchronized ManagedApp one(String name) {
    return apps.stream()
        .filter(
            app ->
                app.name().equals(name)
                    || (app.instance().app().name() + "-" + app.instance().number()).equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new LocalStackException(
                    "No application or instance named "
                        + name
                        + " runs here; known: "
                        + apps.stream().map(ManagedApp::name).toList()
                        + " and "
                        + KAFKA));
  }

  /**
   * Writes the applications' pids next to the stack's own, so that {@code stack down} and the next
   * {@code stack up} can still stop them if the launcher itself was killed.
   */
  private synchronized void recordPids() {
    StringBuilder lines = new StringBuilder();
    for (ManagedApp app : apps) {
      app.process()
          .ifPresent(
              p ->
                  lines
                      .append(app.instance().app().name())
                      .append(' ')
                      .append(p.process().pid())
                      .append(' ')
                      .append(app.name())
                      .append('\n'));
    }
    try {
      Path file = options.dataDirectory().resolve("apps.pids");
      Path temporary = file.resolveSibling("apps.pids.tmp");
      Files.writeString(temporary, lines);
      Files.move(
          temporary,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      progress.accept("Could not record the application pids: " + e.getMessage());
    }
  }

  public LocalStackOptions options() {
    return options;
  }

  /** Waits until {@link #close()} has finished (from another thread or a shutdown hook). */
  public void awaitClosed() throws InterruptedException {
    try {
      closed.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops everything in reverse start order; safe to call more than once and from any thread. */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      closed.join();
      return;
    }
    try {
      ControlServer endpoint = control;
      if (endpoint != null) {
        endpoint.close();
      }
      List<ManagedApp> running;
      synchronized (this) {
        running = List.copyOf(apps);
      }
      // gateway first so no new work arrives, then the services together, the simulator last
      for (List<ServiceSpec> wave : LocalStack.waves(Topology.applications()).reversed()) {
        List<ManagedApp> stopping =
            running.stream()
                .filter(app -> wave.contains(app.instance().app()) && app.alive())
                .toList();
        if (stopping.isEmpty()) {
          continue;
        }
        progress.accept(
            "Stopping " + String.join(", ", stopping.stream().map(ManagedApp::name).toList()));
        stopping.forEach(ManagedApp::requestStop);
        stopping.forEach(app -> app.awaitStopped(ManagedApp.GRACE));
      }
      running.forEach(ManagedApp::close);
      KafkaNode kafka;
      synchronized (kafkaLock) {
        kafka = this.kafka;
        this.kafka = null;
      }
      if (kafka != null) {
        progress.accept("Stopping Kafka");
        try {
          kafka.close();
        } catch (RuntimeException e) {
          progress.accept("Kafka did not stop cleanly: " + e);
        }
      }
      PostgresNode postgres = this.postgres;
      if (postgres != null) {
        progress.accept("Stopping PostgreSQL");
        try {
          postgres.close();
        } catch (IOException | RuntimeException e) {
          progress.accept("PostgreSQL did not stop cleanly: " + e);
        }
      }
    } finally {
      closed.complete(null);
    }
  }
}
