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

  /** A {@code "status": "<VALUE>"} member, wherever it stands. */
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

  /**
   * The overall status: the {@code status} member of the top-level object. With details shown (the
   * management port shows them), the components' own statuses may come first (a reactive server
   * writes {@code components} before {@code status}), so the member's nesting depth decides.
   */
  static String statusOf(String body) {
    String text = body == null ? "" : body;
    var matcher = STATUS.matcher(text);
    while (matcher.find()) {
      if (depthAt(text, matcher.start()) == 1) {
        return matcher.group(1);
      }
    }
    return "unknown";
  }

  /** How many objects and arrays are open at {@code index}, strings skipped. */
  private static int depthAt(String json, int index) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < index; i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return depth;
  }
}
