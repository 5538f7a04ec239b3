package kz.cites.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTest {

  @TempDir Path root;

  /** A process whose command line names {@code jar}, as an application JVM's would. */
  private static Process processNaming(Path jar) throws IOException {
    return new ProcessBuilder("sh", "-c", "sleep 60; : " + jar).start();
  }

  @Test
  void anApplicationRunningFromItsExtractedJarIsRecognisedAsALeftover() throws Exception {
    LocalStackOptions options =
        LocalStackOptions.forRepository(root).withDataDirectory(root.resolve("data"));
    Files.createDirectories(options.dataDirectory());
    Process ours = processNaming(options.aotDirectory().resolve("fee-service/1-2/fee-service.jar"));
    // the same layout in another stack's data folder is not ours
    Process theirs = processNaming(root.resolve("other/aot/fee-service/1-2/fee-service.jar"));
    try {
      Files.writeString(
          options.dataDirectory().resolve("apps.pids"),
          "fee-service " + ours.pid() + "\nfee-service-2 " + theirs.pid() + "\n");

      assertThat(Leftovers.applications(options))
          .extracting(ProcessHandle::pid)
          .containsExactly(ours.pid());
    } finally {
      ours.destroyForcibly();
      theirs.destroyForcibly();
    }
  }
}
