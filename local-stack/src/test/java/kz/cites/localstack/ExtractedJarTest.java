package kz.cites.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractedJarTest {

  @TempDir Path root;

  /** Extractions done, and what Boot's tool would leave: the application jar and lib/. */
  private final List<Path> extractions = new ArrayList<>();

  private final ExtractedJar.Extractor fakeBoot =
      (jar, destination) -> {
        extractions.add(destination);
        Files.createDirectories(destination.resolve("lib"));
        Files.writeString(destination.resolve("lib/dependency.jar"), "lib");
        Files.copy(jar, destination.resolve(jar.getFileName()));
      };

  private Path fatJar(String content, Instant modified) throws IOException {
    Path jar = root.resolve("fee-service/target/fee-service.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, content);
    Files.setLastModifiedTime(jar, FileTime.from(modified));
    return jar;
  }

  @Test
  void aJarIsExtractedOncePerBuild() throws IOException {
    Path fat = fatJar("build 1", Instant.parse("2026-12-01T10:00:00Z"));
    ExtractedJar extracted = new ExtractedJar(fat, root.resolve("data/aot/fee-service"));

    Path first = extracted.prepare(fakeBoot);
    Path again = extracted.prepare(fakeBoot);

    assertThat(extractions).hasSize(1);
    assertThat(again).isEqualTo(first).hasFileName("fee-service.jar").hasContent("build 1");
    assertThat(first.resolveSibling("lib/dependency.jar")).exists();
  }

  @Test
  void aNewBuildIsExtractedAfreshAndTheOldExtractionWithItsCacheIsDeleted() throws IOException {
    Path fat = fatJar("build 1", Instant.parse("2026-12-01T10:00:00Z"));
    ExtractedJar extracted = new ExtractedJar(fat, root.resolve("data/aot/fee-service"));
    Path old = extracted.prepare(fakeBoot);
    Files.writeString(old.resolveSibling("fee-service-abcd1234.aot"), "cache of build 1");

    // the same size, a later modification time: still a new build
    fatJar("build 2", Instant.parse("2026-12-01T11:00:00Z"));
    Path current = extracted.prepare(fakeBoot);

    assertThat(extractions).hasSize(2);
    assertThat(current).hasContent("build 2");
    assertThat(current.getParent()).isNotEqualTo(old.getParent());
    assertThat(old.getParent()).doesNotExist();
  }

  @Test
  void anInterruptedExtractionIsDoneAgain() throws IOException {
    Path fat = fatJar("build 1", Instant.parse("2026-12-01T10:00:00Z"));
    ExtractedJar extracted = new ExtractedJar(fat, root.resolve("data/aot/fee-service"));
    // what a launcher killed halfway through leaves: the jar, but no marker
    Files.createDirectories(extracted.folder());
    Files.writeString(extracted.jar(), "half");

    assertThat(extracted.ready()).isFalse();
    assertThat(extracted.prepare(fakeBoot)).hasContent("build 1");
    assertThat(extractions).hasSize(1);
    assertThat(extracted.ready()).isTrue();
  }

  @Test
  void anExtractionThatMadeNoJarFails() throws IOException {
    Path fat = fatJar("build 1", Instant.parse("2026-12-01T10:00:00Z"));
    ExtractedJar extracted = new ExtractedJar(fat, root.resolve("data/aot/fee-service"));

    assertThatThrownBy(() -> extracted.prepare((jar, destination) -> {}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("fee-service.jar");
    assertThat(extracted.ready()).isFalse();
  }
}
