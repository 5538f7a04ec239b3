package kz.cites.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Which jar an application process runs and how it uses its ahead-of-time cache (JDK 25, JEP
 * 483/514/515): not at all (the module's fat jar), with a cache recorded earlier ({@code
 * -XX:AOTCache}), or recording one during this run ({@code -XX:AOTCacheOutput}; the JVM writes it
 * when it exits).
 *
 * @param jar the jar after {@code -jar}
 * @param jvmOptions the AOT options, added after the stack's other JVM options
 * @param recording where this run writes its cache, when it records one: a temporary name that
 *     {@link #stoppedCleanly()} renames to {@code cache}, so that a run that crashed or was killed
 *     halfway through writing never leaves a cache for the next start
 * @param cache the cache a later run uses
 */
record AppLaunch(
    Path jar, List<String> jvmOptions, Optional<Path> recording, Optional<Path> cache) {

  AppLaunch {
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** The module's fat jar as it is, no cache. */
  static AppLaunch plain(Path jar) {
    return new AppLaunch(jar, List.of(), Optional.empty(), Optional.empty());
  }

  /** The extracted jar with the cache recorded earlier. */
  static AppLaunch cached(Path jar, Path cache) {
    return new AppLaunch(
        jar, List.of("-XX:AOTCache=" + cache), Optional.empty(), Optional.of(cache));
  }

  /**
   * Metaspace cap of a recording run. The JVM writes the cache through a buffer sized from its
   * compressed class space, which a small {@code MaxMetaspaceSize} shrinks with it: under the
   * stack's 160 MB the services' caches (130-140 MB) do not fit and the JVM exits with "Unable to
   * allocate from 'ro' region". The runs that use the cache keep the stack's cap.
   */
  static final String RECORDING_METASPACE = "-XX:MaxMetaspaceSize=512m";

  /** The extracted jar, recording its cache during this run. */
  static AppLaunch recording(Path jar, Path cache) {
    Path recording = cache.resolveSibling(cache.getFileName() + ".part");
    return new AppLaunch(
        jar,
        List.of(RECORDING_METASPACE, "-XX:AOTCacheOutput=" + recording),
        Optional.of(recording),
        Optional.of(cache));
  }

  boolean usesCache() {
    return jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:AOTCache="));
  }

  boolean records() {
    return recording.isPresent();
  }

  /**
   * Called once the process was stopped on request and exited by itself: the JVM has written the
   * recorded cache by then, which becomes the cache of the next start.
   */
  void stoppedCleanly() {
    if (recording.isEmpty() || cache.isEmpty() || !Files.isRegularFile(recording.get())) {
      return;
    }
    delete(configuration(recording.get()));
    try {
      Files.move(
          recording.get(),
          cache.get(),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // no cache this time: the next start records again
    }
  }

  /** A run that crashed or had to be killed: what it recorded may be incomplete. */
  void stoppedUncleanly() {
    recording.ifPresent(AppLaunch::delete);
    recording.map(AppLaunch::configuration).ifPresent(AppLaunch::delete);
  }

  /**
   * The JVM's intermediate file next to a recording (left behind when writing the cache failed).
   */
  private static Path configuration(Path recording) {
    return recording.resolveSibling(recording.getFileName() + ".config");
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the next recording overwrites it
    }
  }
}
