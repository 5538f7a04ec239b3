package kz.cites.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCachesTest {

  @TempDir Path root;

  private LocalStackOptions options;
  private final List<String> progress = new ArrayList<>();

  private final ExtractedJar.Extractor fakeBoot =
      (jar, destination) -> {
        Files.createDirectories(destination);
        Files.copy(jar, destination.resolve(jar.getFileName()));
      };

  @BeforeEach
  void jars() throws IOException {
    for (ServiceSpec app : Topology.applications()) {
      Path jar = root.resolve(app.name()).resolve("target").resolve(app.name() + ".jar");
      Files.createDirectories(jar.getParent());
      Files.writeString(jar, app.name());
    }
    options =
        LocalStackOptions.forRepository(root)
            .withDataDirectory(root.resolve("data"))
            .withAotCache(true);
  }

  private AotCaches prepare(LocalStackOptions options, ExtractedJar.Extractor extractor) {
    return AotCaches.prepare(options, Topology.applications(), extractor, progress::add);
  }

  @Test
  void theFirstStartRecordsTheCacheAndTheNextUsesIt() throws IOException {
    AotCaches caches = prepare(options, fakeBoot);
    AppInstance fee =
        AppInstance.first(
            Topology.SERVICES.stream()
                .filter(app -> app.name().equals("fee-service"))
                .findFirst()
                .orElseThrow());

    AppLaunch first = caches.launch(fee);
    assertThat(first.records()).isTrue();
    assertThat(first.usesCache()).isFalse();
    assertThat(first.jar()).startsWith(options.aotDirectory().resolve(fee.app().name()));
    assertThat(first.jvmOptions())
        .containsExactly(
            // the stack's 160 MB metaspace cap is too small to write a service's cache
            "-XX:MaxMetaspaceSize=512m", "-XX:AOTCacheOutput=" + first.recording().orElseThrow());

    // the JVM writes the recording as it exits; a clean stop keeps it as the cache
    Files.writeString(first.recording().orElseThrow(), "cache");
    first.stoppedCleanly();

    AppLaunch second = caches.launch(fee);
    assertThat(second.usesCache()).isTrue();
    assertThat(second.records()).isFalse();
    assertThat(second.jar()).isEqualTo(first.jar());
    assertThat(second.jvmOptions()).containsExactly("-XX:AOTCache=" + first.cache().orElseThrow());
  }

  @Test
  void aRecordingOfARunThatCrashedOrWasKilledIsNotKept() throws IOException {
    AppLaunch first = prepare(options, fakeBoot).launch(AppInstance.first(Topology.GATEWAY));
    Path recording = first.recording().orElseThrow();
    Files.writeString(recording, "half a cache");
    Path configuration = recording.resolveSibling(recording.getFileName() + ".config");
    Files.writeString(configuration, "");

    first.stoppedUncleanly();

    assertThat(recording).doesNotExist();
    assertThat(configuration).doesNotExist();
    assertThat(first.cache().orElseThrow()).doesNotExist();
    assertThat(prepare(options, fakeBoot).launch(AppInstance.first(Topology.GATEWAY)).records())
        .isTrue();
  }

  @Test
  void onlyTheFirstInstanceRecordsTheOthersRunTheSameExtractionWithout() {
    AotCaches caches = prepare(options.withInstances("gateway", 2), fakeBoot);

    AppLaunch second = caches.launch(new AppInstance(Topology.GATEWAY, 2));

    assertThat(second.records()).isFalse();
    assertThat(second.jvmOptions()).isEmpty();
    assertThat(second.jar()).isEqualTo(caches.launch(AppInstance.first(Topology.GATEWAY)).jar());
  }

  @Test
  void otherJvmOptionsGetACacheOfTheirOwn() throws IOException {
    AppLaunch c1 = prepare(options, fakeBoot).launch(AppInstance.first(Topology.GATEWAY));
    Files.writeString(c1.recording().orElseThrow(), "cache");
    c1.stoppedCleanly();

    List<String> fullJit = new ArrayList<>(options.jvmOptions());
    fullJit.add("-XX:TieredStopAtLevel=4");
    AppLaunch c2 =
        prepare(options.withJvmOptions(fullJit), fakeBoot)
            .launch(AppInstance.first(Topology.GATEWAY));

    assertThat(c2.records()).isTrue();
    assertThat(c2.cache()).isNotEqualTo(c1.cache());
    assertThat(c1.cache().orElseThrow()).exists();
  }

  @Test
  void anApplicationWhoseJarCannotBeExtractedRunsItsFatJarWithAWarning() {
    AotCaches caches =
        prepare(
            options,
            (jar, destination) -> {
              throw new IOException("no jarmode tools in " + jar.getFileName());
            });

    AppLaunch launch = caches.launch(AppInstance.first(Topology.SIMULATOR));

    assertThat(launch).isEqualTo(AppLaunch.plain(options.jar(Topology.SIMULATOR)));
    assertThat(progress)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("WARNING: egov-simulator runs without an AOT cache")
                    .contains("no jarmode tools"));
  }

  @Test
  void turnedOffEveryApplicationRunsItsFatJar() {
    AotCaches off = AotCaches.off(options);

    assertThat(off.launch(AppInstance.first(Topology.GATEWAY)))
        .isEqualTo(AppLaunch.plain(options.jar(Topology.GATEWAY)));
    assertThat(off.summary(Topology.applications())).contains("off");
  }

  @Test
  void theSummaryNamesWhoStartsWithACacheAndWhoRecordsOne() throws IOException {
    AotCaches caches = prepare(options, fakeBoot);
    AppLaunch gateway = caches.launch(AppInstance.first(Topology.GATEWAY));
    Files.writeString(gateway.recording().orElseThrow(), "cache");
    gateway.stoppedCleanly();

    assertThat(caches.summary(List.of(Topology.SIMULATOR, Topology.GATEWAY)))
        .contains("starting with their cache: gateway")
        .containsPattern("recording one this run .*: egov-simulator$");
  }
}
