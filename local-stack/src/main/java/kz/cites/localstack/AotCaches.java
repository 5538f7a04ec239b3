package kz.cites.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The applications' ahead-of-time caches (JDK 25): a cache holds the classes an application loaded
 * and linked, and the method profiles, of an earlier run, so the next start skips most of that
 * work. Each application runs from its {@link ExtractedJar}; the first instance records the cache
 * while it runs ({@code -XX:AOTCacheOutput}) and, when it is stopped cleanly, the cache is kept
 * next to the extraction; every later start uses it ({@code -XX:AOTCache}). A cache that does not
 * fit (another JDK, changed files) makes the JVM warn and start without it, never fail.
 *
 * <p>A cache is named after the JDK and the JVM options it was recorded with (a cache recorded with
 * other options, e.g. the full JIT of the benchmarks, may not be usable), so each set of options
 * records and keeps its own.
 *
 * <p>Extraction (a few seconds per jar, once per build) runs in the background while PostgreSQL and
 * Kafka start.
 */
final class AotCaches {

  private final LocalStackOptions options;
  private final String optionsKey;
  private final Map<ServiceSpec, CompletableFuture<Optional<Path>>> extracted;

  private AotCaches(
      LocalStackOptions options,
      String optionsKey,
      Map<ServiceSpec, CompletableFuture<Optional<Path>>> extracted) {
    this.options = options;
    this.optionsKey = optionsKey;
    this.extracted = extracted;
  }

  /** No caches: every application runs its module's fat jar. */
  static AotCaches off(LocalStackOptions options) {
    return new AotCaches(options, "", Map.of());
  }

  /**
   * Starts extracting the jars of {@code apps} that are not extracted for their current build yet.
   * An extraction that fails is reported and that application runs its fat jar without a cache.
   */
  static AotCaches prepare(
      LocalStackOptions options,
      List<ServiceSpec> apps,
      ExtractedJar.Extractor extractor,
      Consumer<String> progress) {
    // two at a time: extraction is I/O and a JVM start each, and the machine may have two cores
    ExecutorService pool =
        Executors.newFixedThreadPool(2, Thread.ofPlatform().name("aot-extract").daemon().factory());
    Map<ServiceSpec, CompletableFuture<Optional<Path>>> extracted = new LinkedHashMap<>();
    for (ServiceSpec app : apps) {
      ExtractedJar jar = extractedJar(options, app);
      extracted.put(
          app,
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return Optional.of(jar.prepare(extractor));
                } catch (IOException | RuntimeException e) {
                  progress.accept(
                      "WARNING: "
                          + app.name()
                          + " runs without an AOT cache: "
                          + e.getMessage().lines().findFirst().orElse(""));
                  return Optional.empty();
                }
              },
              pool));
    }
    pool.shutdown(); // the queued extractions still run
    return new AotCaches(options, optionsKey(options.jvmOptions()), extracted);
  }

  static ExtractedJar extractedJar(LocalStackOptions options, ServiceSpec app) {
    return new ExtractedJar(options.jar(app), options.aotDirectory().resolve(app.name()));
  }

  /**
   * How {@code instance} starts now: with the cache if one was kept, else the first instance
   * records it (a second recorder would only write the same file again), else without.
   */
  AppLaunch launch(AppInstance instance) {
    ServiceSpec app = instance.app();
    CompletableFuture<Optional<Path>> extraction = extracted.get(app);
    Optional<Path> jar = extraction == null ? Optional.empty() : extraction.join();
    if (jar.isEmpty()) {
      return AppLaunch.plain(options.jar(app));
    }
    Path cache = jar.get().resolveSibling(app.name() + "-" + optionsKey + ".aot");
    if (Files.isRegularFile(cache)) {
      return AppLaunch.cached(jar.get(), cache);
    }
    if (instance.number() == 1) {
      return AppLaunch.recording(jar.get(), cache);
    }
    return AppLaunch.plain(jar.get());
  }

  /** One line for the console: which applications start with a cache, which record one. */
  String summary(List<ServiceSpec> apps) {
    if (extracted.isEmpty()) {
      return "AOT cache: off (every application runs its jar as built)";
    }
    List<String> using = new ArrayList<>();
    List<String> recording = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (ServiceSpec app : apps) {
      AppLaunch launch = launch(AppInstance.first(app));
      (launch.usesCache() ? using : launch.records() ? recording : without).add(app.name());
    }
    List<String> parts = new ArrayList<>();
    if (!using.isEmpty()) {
      parts.add("starting with their cache: " + String.join(", ", using));
    }
    if (!recording.isEmpty()) {
      parts.add(
          "recording one this run (kept when the stack stops cleanly, ./stack down or Ctrl-C): "
              + String.join(", ", recording));
    }
    if (!without.isEmpty()) {
      parts.add("without: " + String.join(", ", without));
    }
    return "AOT cache (" + options.aotDirectory() + "): " + String.join("; ", parts);
  }

  /** Eight hex digits of the JDK's version and the JVM options a cache is recorded with. */
  static String optionsKey(List<String> jvmOptions) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
      for (String option : jvmOptions) {
        sha.update((byte) 0);
        sha.update(option.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
