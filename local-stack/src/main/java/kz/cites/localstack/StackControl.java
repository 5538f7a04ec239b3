package kz.cites.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The command-line side of {@link ControlServer}: sends one command to the running launcher. */
final class StackControl {

  /** A rolling restart of several instances waits for each to be healthy. */
  private static final Duration TIMEOUT = Duration.ofMinutes(15);

  private StackControl() {}

  /** The launcher's answer: its HTTP status and text. */
  record Answer(int status, String text) {
    boolean ok() {
      return status == 200;
    }
  }

  static Answer send(LocalStackOptions options, String method, String path) {
    Path file = ControlServer.controlFile(options);
    if (!Files.isRegularFile(file)) {
      return new Answer(503, "No running local stack (no " + file + "). Start one: ./stack up");
    }
    try {
      String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ");
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + parts[0] + path))
              .header(ControlServer.TOKEN_HEADER, parts[1])
              .timeout(TIMEOUT)
              .method(method, HttpRequest.BodyPublishers.noBody())
              .build();
      try (HttpClient http =
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().strip());
      }
    } catch (IOException | RuntimeException e) {
      return new Answer(
          503, "The local stack's launcher does not answer (" + e + "); is it still running?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(503, "Interrupted");
    }
  }
}
