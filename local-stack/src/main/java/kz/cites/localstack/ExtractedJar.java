package kz.cites.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An application's fat jar extracted the way Spring Boot documents for class-data sharing and AOT
 * caches ({@code java -Djarmode=tools -jar app.jar extract}: {@code app.jar} plus {@code lib/}), in
 * a folder of its own under {@code <data>/aot/<app>/}. An AOT cache needs plain jars on a class
 * path that stays put: it records each jar's path and modification time and is refused when one
 * changed, so a jar is extracted once per build and the same files are run every time after.
 *
 * <p>The folder is named after the fat jar's size and modification time: a new build gets a new
 * folder (and so a new cache); the folders of older builds are deleted. A marker file written last
 * tells a finished extraction from one that was interrupted.
 */
final class ExtractedJar {

  /** Runs the extraction: {@code java -Djarmode=tools -jar <jar> extract --destination <dir>}. */
  @FunctionalInterface
  interface Extractor {
    void extract(Path jar, Path destination) throws IOException;
  }

  private static final String DONE = ".extracted";

  private final Path fatJar;
  private final Path appFolder;

  /**
   * @param fatJar the module's jar, {@code <module>/target/<module>.jar}
   * @param appFolder where this application's extractions live, {@code <data>/aot/<app>}
   */
  ExtractedJar(Path fatJar, Path appFolder) {
    this.fatJar = fatJar;
    this.appFolder = appFolder;
  }

  /** The folder for the fat jar as it is now. */
  Path folder() {
    try {
      return appFolder.resolve(
          Files.size(fatJar) + "-" + Files.getLastModifiedTime(fatJar).toMillis());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + fatJar, e);
    }
  }

  /** The extracted application jar (the one to run). */
  Path jar() {
    return folder().resolve(fatJar.getFileName());
  }

  /** Whether the current fat jar has been extracted completely. */
  boolean ready() {
    return Files.isRegularFile(folder().resolve(DONE)) && Files.isRegularFile(jar());
  }

  /**
   * Extracts the fat jar unless that was done for this build already, and deletes the extractions
   * (and caches) of older builds. Returns the jar to run.
   */
  Path prepare(Extractor extractor) throws IOException {
    Path folder = folder();
    if (!ready()) {
      deleteTree(folder); // an interrupted extraction
      Files.createDirectories(folder.getParent());
      extractor.extract(fatJar, folder);
      if (!Files.isRegularFile(jar())) {
        throw new IOException("The extraction of " + fatJar + " made no " + jar());
      }
      Files.writeString(folder.resolve(DONE), fatJar.toString(), StandardCharsets.UTF_8);
    }
    try (Stream<Path> builds = Files.list(appFolder)) {
      for (Path old : builds.filter(p -> !p.equals(folder)).toList()) {
        deleteTree(old);
      }
    }
    return jar();
  }

  /** Boot's own extraction, run with the launcher's java. */
  static Extractor bootTools(String javaExecutable) {
    return (jar, destination) -> {
      Process process =
          new ProcessBuilder(
                  javaExecutable,
                  "-Djarmode=tools",
                  "-jar",
                  jar.toString(),
                  "extract",
                  "--destination",
                  destination.toString())
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      try {
        int code = process.waitFor();
        if (code != 0) {
          throw new IOException("extracting " + jar + " failed (exit " + code + "): " + output);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while extracting " + jar, e);
      }
    };
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
