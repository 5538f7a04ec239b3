package kz.cites.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import kz.cites.messaging.DeadLetterReplay;

/**
 * {@code java -jar local-stack.jar up|down|status [--only app,app]}. The repository root is the
 * working directory (or {@code LOCAL_STACK_ROOT}); data goes to {@code <root>/.local-stack} (or
 * {@code LOCAL_STACK_DATA}).
 */
public final class LocalStackMain {

  /**
   * Long enough for the applications that record their AOT cache to write it while they exit
   * (several seconds each, more when all do at once on a small machine).
   */
  private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(5);

  private LocalStackMain() {}

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "help" : args[0];
    LocalStackOptions options = options(args);
    int exit =
        switch (command) {
          case "up" -> up(options);
          case "down" -> down(options);
          case "status" -> status(options);
          case "replay-dlt" -> replayDeadLetters(args);
          case "restart", "stop", "start", "kill" -> control(options, command, args);
          default -> {
            System.out.println(
                "usage: stack up [--only app,app] [--instances n|app=n,app=n] [--no-aot-cache] | down | status"
                    + " | restart|stop|start <app|app-n|kafka> | kill <app|app-n>"
                    + " | replay-dlt <topic>");
            yield "help".equals(command) ? 0 : 2;
          }
        };
    if (exit != 0 || !"up".equals(command)) {
      System.exit(exit);
    }
  }

  static LocalStackOptions options(String[] args) {
    Path root =
        Path.of(Optional.ofNullable(System.getenv("LOCAL_STACK_ROOT")).orElse("")).toAbsolutePath();
    // ./stack up runs the applications with AOT caches (kept in the data folder between runs)
    LocalStackOptions options =
        LocalStackOptions.forRepository(root).withAotCache(aotCacheWanted());
    String data = System.getenv("LOCAL_STACK_DATA");
    if (data != null && !data.isBlank()) {
      options = options.withDataDirectory(Path.of(data));
    }
    // Appended after the memory caps, so they win: e.g. "-XX:TieredStopAtLevel=4 -Xmx512m" to
    // measure throughput with the full JIT instead of the small C1-only footprint.
    String appJavaOptions = System.getenv("LOCAL_STACK_APP_JAVA_OPTS");
    if (appJavaOptions != null && !appJavaOptions.isBlank()) {
      List<String> jvm = new ArrayList<>(options.jvmOptions());
      jvm.addAll(Arrays.asList(appJavaOptions.strip().split("\\s+")));
      options = options.withJvmOptions(jvm);
    }
    // e.g. 0.0.0.0 to reach the services' own ports from another machine (loopback by default)
    String serviceAddress = System.getenv("LOCAL_STACK_SERVICE_ADDRESS");
    if (serviceAddress != null && !serviceAddress.isBlank()) {
      for (ServiceSpec app : Topology.applications()) {
        if (!app.equals(Topology.GATEWAY)) {
          options =
              options.withExtraEnvironment(
                  app.name(), Map.of("SERVER_ADDRESS", serviceAddress.strip()));
        }
      }
    }
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--only") && i + 1 < args.length) {
        options = options.withOnly(new LinkedHashSet<>(Arrays.asList(args[++i].split(","))));
      } else if (args[i].equals("--instances") && i + 1 < args.length) {
        options = options.withInstances(args[++i]);
      } else if (args[i].equals("--no-aot-cache")) {
        options = options.withAotCache(false);
      }
    }
    String instances = System.getenv("LOCAL_STACK_INSTANCES");
    if (instances != null && !instances.isBlank()) {
      options = options.withInstances(instances.strip());
    }
    return options;
  }

  /** {@code LOCAL_STACK_AOT_CACHE=off} (or false, no, 0) turns the caches off, like the option. */
  private static boolean aotCacheWanted() {
    String setting = System.getenv("LOCAL_STACK_AOT_CACHE");
    return setting == null
        || !java.util.Set.of("off", "false", "no", "0")
            .contains(setting.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private static int up(LocalStackOptions options) throws IOException {
    Optional<ProcessHandle> previous = runningLauncher(options);
    if (previous.isPresent()) {
      System.out.println(
          "A local stack is already running (pid "
              + previous.get().pid()
              + "). Stop it with ./stack down.");
      return 1;
    }
    LogRouting.quietConsole();
    // a launcher that was killed leaves its applications and PostgreSQL running: stop them first
    Leftovers.stop(
        options,
        line ->
            System.out.println(line + " (left by a launcher that ended" + " without stopping it)"));
    Files.createDirectories(options.dataDirectory());
    Path pidFile = options.pidFile();
    Files.writeString(
        pidFile, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);

    AtomicReference<RunningStack> stack = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  RunningStack running = stack.get();
                  if (running != null) {
                    System.out.println("\nStopping the local stack ...");
                    running.close();
                    System.out.println("Local stack stopped.");
                  }
                  deleteIfOurs(pidFile);
                  stopped.countDown();
                },
                "local-stack-stop"));
    try {
      RunningStack running = LocalStack.start(options, System.out::println, stack::set);
      printReady(running);
    } catch (LocalStackException e) {
      System.out.println();
      System.out.println("ERROR: " + e.getMessage());
      return 1;
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static void printReady(RunningStack running) {
    System.out.printf(
        "%nLocal stack is UP in %.1f s (data: %s, logs: %s)%n",
        running.startupTime().toMillis() / 1000.0,
        running.options().dataDirectory(),
        running.options().logDirectory());
    for (Map.Entry<String, java.net.URI> url : running.urls().entrySet()) {
      System.out.printf("  %-22s %s%n", url.getKey(), url.getValue());
    }
    System.out.printf(
        "  %-22s %s (user %s, password %s)%n",
        "postgresql", running.jdbcUrl("<database>"), Topology.DB_USER, Topology.DB_PASSWORD);
    System.out.printf("  %-22s %s%n", "kafka", running.kafkaBootstrapServers());
    System.out.println("Ctrl-C (or ./stack down) stops everything.");
  }

  private static int down(LocalStackOptions options) {
    Optional<ProcessHandle> launcher = runningLauncher(options);
    if (launcher.isEmpty()) {
      System.out.println("No local stack launcher is running.");
      Leftovers.stop(options, System.out::println);
      var taken = Ports.taken(Leftovers.ports(options));
      if (!taken.isEmpty()) {
        System.out.println(
            "But port(s) "
                + taken
                + " are in use by something that is not this stack's"
                + PortOwners.describe(taken)
                + "; left alone.");
        return 1;
      }
      return 0;
    }
    ProcessHandle handle = launcher.get();
    var children = handle.descendants().toList();
    System.out.println("Stopping the local stack (pid " + handle.pid() + ") ...");
    handle.destroy();
    try {
      handle.onExit().get(DOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      Leftovers.stop(options, System.out::println);
      System.out.println("Local stack stopped.");
      return 0;
    } catch (java.util.concurrent.TimeoutException e) {
      System.out.println("Not stopped within " + DOWN_TIMEOUT.toSeconds() + " s; killing it.");
      children.forEach(ProcessHandle::destroyForcibly);
      handle.destroyForcibly();
      return 1;
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      return 1;
    }
  }

  /**
   * Puts the dead letters of an event topic back onto it ({@link DeadLetterReplay}): for after the
   * cause of the failures was fixed; consumers skip what they had applied.
   */
  private static int replayDeadLetters(String[] args) {
    if (args.length < 2) {
      System.out.println("usage: stack replay-dlt <topic>   e.g. cites.permit.events");
      return 2;
    }
    String bootstrap = "localhost:" + Topology.KAFKA_PORT;
    try {
      int replayed = new DeadLetterReplay(bootstrap, Duration.ofSeconds(5)).replay(args[1]);
      System.out.println(replayed + " dead letter(s) of " + args[1] + " put back onto the topic");
      return 0;
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage());
      return 2;
    }
  }

  /** {@code restart|stop|start|kill <target>}, sent to the running launcher. */
  private static int control(LocalStackOptions options, String command, String[] args) {
    if (args.length < 2 || args[1].startsWith("--")) {
      System.out.println(
          "usage: stack " + command + " <application | application-n | kafka>   e.g. fee-service");
      return 2;
    }
    StackControl.Answer answer = StackControl.send(options, "POST", "/" + command + "/" + args[1]);
    System.out.println(answer.text());
    return answer.ok() ? 0 : 1;
  }

  private static int status(LocalStackOptions options) {
    Optional<ProcessHandle> launcher = runningLauncher(options);
    System.out.println(
        launcher
            .map(h -> "Local stack launcher running (pid " + h.pid() + ")")
            .orElse("No local stack launcher running"));
    StackControl.Answer supervised = StackControl.send(options, "GET", "/status");
    if (supervised.ok()) {
      supervised.text().lines().forEach(line -> System.out.println("  " + line));
      return supervised.text().lines().skip(1).allMatch(line -> line.contains(", UP,")) ? 0 : 3;
    }
    System.out.printf(
        "  %-22s %s%n",
        "postgresql :" + Topology.POSTGRES_PORT,
        Ports.free(Topology.POSTGRES_PORT) ? "not listening" : "listening");
    System.out.printf(
        "  %-22s %s%n",
        "kafka :" + Topology.KAFKA_PORT,
        Ports.free(Topology.KAFKA_PORT) ? "not listening" : "listening");
    HealthProbe probe = new HealthProbe();
    boolean allUp = launcher.isPresent();
    for (ServiceSpec app : Topology.applications()) {
      for (AppInstance instance : options.instancesOfApp(app)) {
        String status = probe.status(instance);
        allUp &= "UP".equals(status);
        System.out.printf("  %-22s %s%n", instance.name() + " :" + instance.port(), status);
      }
    }
    return allUp ? 0 : 3;
  }

  /** The launcher named in the pid file, if that process still runs. */
  static Optional<ProcessHandle> runningLauncher(LocalStackOptions options) {
    Path pidFile = options.pidFile();
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(h -> h.pid() != ProcessHandle.current().pid())
          // a reused pid of an unrelated process must not be signalled
          .filter(
              h -> h.info().commandLine().map(line -> line.contains("local-stack")).orElse(true));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void deleteIfOurs(Path pidFile) {
    try {
      if (Files.isRegularFile(pidFile)
          && Files.readString(pidFile, StandardCharsets.UTF_8)
              .trim()
              .equals(Long.toString(ProcessHandle.current().pid()))) {
        Files.delete(pidFile);
      }
    } catch (IOException e) {
      // best effort: a stale pid file is recognised as stale on the next run
    }
  }
}
