package kz.cites.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to run the stack. Immutable; start from {@link #forRepository(Path)} and adjust with the
 * {@code with...} methods.
 *
 * @param rootDirectory the repository root: the jars are read from {@code <module>/target/}
 * @param dataDirectory where PostgreSQL, Kafka and the logs keep their files between runs
 * @param extraEnvironment per application name, environment added to (or overriding) the defaults
 * @param jvmOptions the JVM options of every application process (the memory caps)
 * @param startupTimeout how long the whole system may take to report healthy
 * @param only when present, run just these applications (infrastructure always runs)
 * @param instances per application name, how many instances run (1 when absent)
 * @param aotCache whether the applications run from extracted jars with an ahead-of-time cache
 *     ({@link AotCaches}); off by default here (a test's fresh data folder would record caches only
 *     to throw them away), on for {@code ./stack up}
 */
public record LocalStackOptions(
    Path rootDirectory,
    Path dataDirectory,
    Map<String, Map<String, String>> extraEnvironment,
    List<String> jvmOptions,
    Duration startupTimeout,
    Optional<Set<String>> only,
    Map<String, Integer> instances,
    boolean aotCache) {

  /**
   * Caps chosen so that six Spring Boot JVMs, the launcher (with Kafka) and PostgreSQL fit in about
   * 2 GiB: small heap and metaspace, the serial collector (no per-core GC threads), C1 only (a much
   * smaller code cache and faster start, at some peak throughput).
   */
  public static final List<String> DEFAULT_JVM_OPTIONS =
      List.of(
          "-Xms32m",
          "-Xmx160m",
          "-Xss512k",
          "-XX:+UseSerialGC",
          "-XX:MaxMetaspaceSize=160m",
          "-XX:ReservedCodeCacheSize=48m",
          "-XX:TieredStopAtLevel=1",
          // give memory back after start-up peaks instead of keeping the heap grown
          "-XX:MinHeapFreeRatio=10",
          "-XX:MaxHeapFreeRatio=30",
          // hand what the C library's allocator keeps of freed native memory (above all the JIT's
          // compilation arenas, the full JIT's most) back to the system every 5 s: 20-35 MB per
          // application that would otherwise stay resident after start-up (issue 18)
          "-XX:TrimNativeHeapInterval=5000");

  public LocalStackOptions {
    rootDirectory = rootDirectory.toAbsolutePath().normalize();
    dataDirectory = dataDirectory.toAbsolutePath().normalize();
    Map<String, Map<String, String>> copy = new HashMap<>();
    extraEnvironment.forEach((app, env) -> copy.put(app, Map.copyOf(env)));
    extraEnvironment = Map.copyOf(copy);
    jvmOptions = List.copyOf(jvmOptions);
    only = only.map(Set::copyOf);
    instances = Map.copyOf(instances);
    instances.forEach(
        (app, count) -> {
          if (count < 1 || count > 9) {
            throw new IllegalArgumentException(
                "instances of " + app + ": between 1 and 9, not " + count);
          }
        });
  }

  /** Defaults for the repository at {@code root}: data in {@code root/.local-stack}. */
  public static LocalStackOptions forRepository(Path root) {
    return new LocalStackOptions(
        root,
        root.resolve(".local-stack"),
        Map.of(),
        DEFAULT_JVM_OPTIONS,
        Duration.ofMinutes(4),
        Optional.empty(),
        Map.of(),
        false);
  }

  public LocalStackOptions withDataDirectory(Path directory) {
    return new LocalStackOptions(
        rootDirectory,
        directory,
        extraEnvironment,
        jvmOptions,
        startupTimeout,
        only,
        instances,
        aotCache);
  }

  /** Adds environment for one application, e.g. a fault switch or a shorter timer for a test. */
  public LocalStackOptions withExtraEnvironment(String application, Map<String, String> env) {
    Map<String, Map<String, String>> extra = new HashMap<>(extraEnvironment);
    Map<String, String> merged = new HashMap<>(extra.getOrDefault(application, Map.of()));
    merged.putAll(env);
    extra.put(application, merged);
    return new LocalStackOptions(
        rootDirectory, dataDirectory, extra, jvmOptions, startupTimeout, only, instances, aotCache);
  }

  public LocalStackOptions withJvmOptions(List<String> options) {
    return new LocalStackOptions(
        rootDirectory,
        dataDirectory,
        extraEnvironment,
        options,
        startupTimeout,
        only,
        instances,
        aotCache);
  }

  public LocalStackOptions withStartupTimeout(Duration timeout) {
    return new LocalStackOptions(
        rootDirectory,
        dataDirectory,
        extraEnvironment,
        jvmOptions,
        timeout,
        only,
        instances,
        aotCache);
  }

  /** Runs just the named applications (e.g. while the other modules are not built yet). */
  public LocalStackOptions withOnly(Set<String> applications) {
    return new LocalStackOptions(
        rootDirectory,
        dataDirectory,
        extraEnvironment,
        jvmOptions,
        startupTimeout,
        Optional.of(applications),
        instances,
        aotCache);
  }

  /**
   * Runs {@code count} instances of an application (1..9; the further ones listen {@link
   * AppInstance#PORT_STRIDE} ports higher each).
   */
  public LocalStackOptions withInstances(String application, int count) {
    Map<String, Integer> counts = new HashMap<>(instances);
    counts.put(application, count);
    return new LocalStackOptions(
        rootDirectory,
        dataDirectory,
        extraEnvironment,
        jvmOptions,
        startupTimeout,
        only,
        counts,
        aotCache);
  }

  /**
   * Instances as {@code ./stack up --instances} takes them: {@code 2} (two of each service and of
   * the gateway; the simulator is the one outside world) or {@code permit-service=2,gateway=2}.
   */
  public LocalStackOptions withInstances(String spec) {
    LocalStackOptions options = this;
    if (spec.strip().matches("\\d+")) {
      int count = Integer.parseInt(spec.strip());
      for (ServiceSpec app : Topology.applications()) {
        if (!app.equals(Topology.SIMULATOR)) {
          options = options.withInstances(app.name(), count);
        }
      }
      return options;
    }
    for (String part : spec.split(",")) {
      String[] pair = part.strip().split("=");
      if (pair.length != 2
          || !pair[1].matches("\\d+")
          || Topology.applications().stream().noneMatch(a -> a.name().equals(pair[0]))) {
        throw new IllegalArgumentException(
            "instances: a number, or app=number pairs such as permit-service=2,gateway=2; not "
                + part);
      }
      options = options.withInstances(pair[0], Integer.parseInt(pair[1]));
    }
    return options;
  }

  /** Runs the applications from extracted jars with an AOT cache each, or not. */
  public LocalStackOptions withAotCache(boolean enabled) {
    return new LocalStackOptions(
        rootDirectory,
        dataDirectory,
        extraEnvironment,
        jvmOptions,
        startupTimeout,
        only,
        instances,
        enabled);
  }

  /** How many instances of {@code app} run. */
  public int instancesOf(ServiceSpec app) {
    return instances.getOrDefault(app.name(), 1);
  }

  /** Every instance of {@code app} this stack runs. */
  public List<AppInstance> instancesOfApp(ServiceSpec app) {
    return java.util.stream.IntStream.rangeClosed(1, instancesOf(app))
        .mapToObj(n -> new AppInstance(app, n))
        .toList();
  }

  public Path logDirectory() {
    return dataDirectory.resolve("logs");
  }

  /** The extracted jars and their AOT caches, per application. */
  public Path aotDirectory() {
    return dataDirectory.resolve("aot");
  }

  public Path pidFile() {
    return dataDirectory.resolve("stack.pid");
  }

  public Path jar(ServiceSpec app) {
    return rootDirectory.resolve(app.name()).resolve("target").resolve(app.name() + ".jar");
  }

  boolean runs(ServiceSpec app) {
    return only.map(names -> names.contains(app.name())).orElse(true);
  }
}
