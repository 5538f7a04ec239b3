package kz.cites.localstack;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** A started stack. {@link #close()} stops the applications, then Kafka, then PostgreSQL. */
public final class RunningStack implements AutoCloseable {

  private static final Duration GRACE = Duration.ofSeconds(30);

  private final LocalStackOptions options;
  private final Consumer<String> progress;
  private final List<AppProcess> processes = new ArrayList<>();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private volatile PostgresNode postgres;
  private volatile KafkaNode kafka;
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

  synchronized void kafka(KafkaNode node) {
    if (closing.get()) {
      node.close();
      throw new LocalStackException("Stopped while starting");
    }
    kafka = node;
  }

  /** Kafka is about to halt this JVM: stop what would otherwise be left running. */
  void kafkaFailed() {
    PostgresNode database = postgres;
    if (closing.compareAndSet(false, true)) {
      List<AppProcess> running;
      synchronized (this) {
        running = List.copyOf(processes);
      }
      running.forEach(AppProcess::requestStop);
      running.forEach(p -> p.awaitStop(Duration.ofSeconds(10)));
    }
    if (database != null) {
      try {
        database.close();
      } catch (IOException | RuntimeException e) {
        // halting anyway
      }
    }
  }

  synchronized AppProcess add(AppProcess process) {
    if (closing.get()) {
      process.requestStop();
      process.awaitStop(GRACE);
      throw new LocalStackException("Stopped while starting");
    }
    processes.add(process);
    recordPids();
    process
        .process()
        .onExit()
        .thenAccept(
            exited -> {
              // during start-up the health wait reports it, with the log's tail
              if (!closing.get() && !startupTime.isZero()) {
                progress.accept(
                    "WARNING: "
                        + process.app().name()
                        + " exited unexpectedly with code "
                        + exited.exitValue()
                        + "; see "
                        + process.logFile());
              }
            });
    return process;
  }

  void started(Duration took) {
    this.startupTime = took;
  }

  /** How long the start took, until every application was healthy. */
  public Duration startupTime() {
    return startupTime;
  }

  /**
   * The HTTP entry points: {@code gateway}, {@code swagger-ui}, and one per application name
   * ({@code egov-simulator}, {@code application-service}, ...), for those that run.
   */
  public Map<String, URI> urls() {
    Map<String, URI> urls = new LinkedHashMap<>();
    List<ServiceSpec> running = processes.stream().map(AppProcess::app).toList();
    if (running.contains(Topology.GATEWAY)) {
      urls.put("gateway", URI.create(Topology.GATEWAY.baseUrl()));
      urls.put("swagger-ui", URI.create(Topology.GATEWAY.baseUrl() + "/swagger-ui.html"));
    }
    for (ServiceSpec app : running) {
      if (!app.equals(Topology.GATEWAY)) {
        urls.put(app.name(), URI.create(app.baseUrl()));
      }
    }
    return urls;
  }

  public String kafkaBootstrapServers() {
    return "localhost:" + Topology.KAFKA_PORT;
  }

  /** JDBC URL of a service's database (user and password: {@code cites}). */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + Topology.POSTGRES_PORT + "/" + database;
  }

  /**
   * Writes the applications' pids next to the stack's own, so that {@code stack down} can still
   * stop them if the launcher itself was killed.
   */
  private void recordPids() {
    StringBuilder lines = new StringBuilder();
    processes.forEach(
        p -> lines.append(p.app().name()).append(' ').append(p.process().pid()).append('\n'));
    try {
      java.nio.file.Files.writeString(options.dataDirectory().resolve("apps.pids"), lines);
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
      List<AppProcess> running;
      KafkaNode kafka;
      PostgresNode postgres;
      synchronized (this) {
        running = List.copyOf(processes);
        kafka = this.kafka;
        postgres = this.postgres;
      }
      // gateway first so no new work arrives, then the services together, the simulator last
      for (List<ServiceSpec> wave : LocalStack.waves(Topology.applications()).reversed()) {
        List<AppProcess> stopping =
            running.stream().filter(p -> wave.contains(p.app()) && p.alive()).toList();
        if (stopping.isEmpty()) {
          continue;
        }
        progress.accept(
            "Stopping " + String.join(", ", stopping.stream().map(p -> p.app().name()).toList()));
        stopping.forEach(AppProcess::requestStop);
        stopping.forEach(p -> p.awaitStop(GRACE));
      }
      if (kafka != null) {
        progress.accept("Stopping Kafka");
        try {
          kafka.close();
        } catch (RuntimeException e) {
          progress.accept("Kafka did not stop cleanly: " + e);
        }
      }
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
