package kz.cites.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/** Asks Spring Boot's health endpoint whether an application is up. */
final class HealthProbe {

  // Boot writes the overall status as the first member, before any component's own status.
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** The reported status ("UP", "DOWN", ...), or "unreachable". */
  String status(AppInstance app) {
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(app.healthUrl()))
                  .timeout(Duration.ofSeconds(3))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return statusOf(response.body());
    } catch (IOException e) {
      return "unreachable";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unreachable";
    }
  }

  boolean up(AppInstance app) {
    return "UP".equals(status(app));
  }

  static String statusOf(String body) {
    var matcher = STATUS.matcher(body == null ? "" : body);
    return matcher.find() ? matcher.group(1) : "unknown";
  }
}
