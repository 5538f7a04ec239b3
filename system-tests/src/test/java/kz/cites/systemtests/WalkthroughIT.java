package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's curl walk-through is a script that works: its first block runs from top to bottom
 * with bash against the running stack (the same localhost ports as {@code ./stack up}), waiting for
 * the status as a client must, through to the permit, its signatures checked with openssl and the
 * public check. Nothing here repeats the commands: they are read from the README itself, so the
 * README cannot drift from what the system does.
 */
class WalkthroughIT {

  private final SystemUnderTest system = SystemUnderTest.get();

  @Test
  void theReadmesWalkThroughRunsFromTopToBottom(@TempDir Path workingDirectory)
      throws IOException, InterruptedException {
    assertThat(system.gateway.getPort())
        .as("the README's commands address port 8080")
        .isEqualTo(8080);
    for (String tool : new String[] {"curl", "jq", "openssl", "python3"}) {
      assertThat(new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor())
          .as("%s must be installed: the README's walk-through uses it (.ci/run installs it)", tool)
          .isZero();
    }
    Path script = workingDirectory.resolve("walkthrough.sh");
    Files.writeString(script, "set -euo pipefail\n" + firstBlock(readme()));
    Path out = workingDirectory.resolve("out.txt");
    Path err = workingDirectory.resolve("err.txt");

    Process bash =
        new ProcessBuilder("bash", script.toString())
            .directory(workingDirectory.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    boolean finished = bash.waitFor(6, TimeUnit.MINUTES);
    if (!finished) {
      bash.destroyForcibly();
    }
    String stdout = Files.readString(out);
    String stderr = Files.readString(err);

    assertThat(finished).as("the walk-through finished; it printed:%n%s", stdout).isTrue();
    assertThat(bash.exitValue())
        .as("exit status; stderr:%n%s%nstdout:%n%s", stderr, stdout)
        .isZero();
    assertThat(stdout)
        .contains("\"status\": \"ISSUED\"")
        .containsPattern("\"permitNumber\": \"\\d{2}KZ\\d+\"");
    assertThat(stderr).as("openssl verified the signer's CMS").contains("Verification successful");
    assertThat(workingDirectory.resolve("permit.pdf")).isNotEmptyFile();
  }

  private String readme() throws IOException {
    Path root = Path.of(System.getProperty("cites.repository.root", ".."));
    return Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** The first bash block of the section "Walk-through with curl". */
  static String firstBlock(String readme) {
    int section = readme.indexOf("## Walk-through with curl");
    int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
    int end = readme.indexOf("\n```", start);
    return readme.substring(start, end) + "\n";
  }
}
