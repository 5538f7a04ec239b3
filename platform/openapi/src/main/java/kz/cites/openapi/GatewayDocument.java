package kz.cites.openapi;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document as integrators get it through the gateway (issue 16): the gateway is
 * the only server, and every operation says what the gateway itself may answer besides the service:
 * 429 with {@code Retry-After} (rate limits), 413 (the route's body cap), 502, 503 (with {@code
 * Retry-After}), 504; and the headers it adds to every answer ({@code X-Correlation-Id}, {@code
 * traceparent}, {@code RateLimit-Remaining}). The gateway serves the documents rewritten so ({@code
 * /v3/api-docs/<service>}) and the build exports the same ({@code docs/openapi/}).
 */
public final class GatewayDocument {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String PROBLEM_JSON = "application/problem+json";
  private static final String PROBLEM = "#/components/schemas/Problem";
  private static final String TYPES = "https://cites.kz/problems/";
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  /** What the gateway answers itself: status, slug, title, when, whether it sends Retry-After. */
  private record GatewayAnswer(int status, String slug, String title, String when, boolean retry) {}

  private static final List<GatewayAnswer> ANSWERS =
      List.of(
          new GatewayAnswer(
              413,
              "body-too-large",
              "Request body too large",
              "At the gateway: the request body is over the route's cap (256 KB; 10 MB for"
                  + " document uploads), refused from its Content-Length or as soon as it passes"
                  + " the cap, before the service sees it.",
              false),
          new GatewayAnswer(
              429,
              "too-many-requests",
              "Too Many Requests",
              "At the gateway: the caller's rate limit is spent (per token subject, 300 a minute;"
                  + " the public routes per client address, 60 a minute; the payment"
                  + " notifications 600 a minute). Retry-After says in how many seconds to try"
                  + " again; RateLimit-Remaining on every answer says how many are left.",
              true),
          new GatewayAnswer(
              502,
              "bad-gateway",
              "Bad Gateway",
              "At the gateway: the service behind the path broke off the exchange or answered"
                  + " with something that is no HTTP answer. Nothing is known to have changed:"
                  + " a read may be repeated, a write repeated with the same Idempotency-Key.",
              false),
          new GatewayAnswer(
              503,
              "service-unavailable",
              "Service Unavailable",
              "At the gateway: the service behind the path is unavailable (down, or its circuit"
                  + " breaker open after repeated failures); try again after Retry-After seconds.",
              true),
          new GatewayAnswer(
              504,
              "gateway-timeout",
              "Gateway Timeout",
              "At the gateway: the service did not answer within 30 s. The request may or may not"
                  + " have taken effect: read the resource, or repeat a write with the same"
                  + " Idempotency-Key.",
              false));

  private GatewayDocument() {}

  /** The document {@code json} as the gateway publishes it; anything that is no JSON unchanged. */
  public static String rewrite(String json) {
    JsonNode parsed;
    try {
      parsed = JSON.readTree(json);
    } catch (RuntimeException notJson) {
      return json; // e.g. an error page: pass it on untouched
    }
    if (!(parsed instanceof ObjectNode root) || !root.has("openapi")) {
      return json;
    }
    return JSON.writeValueAsString(rewrite(root));
  }

  /** Rewrites {@code root} in place and returns it. Applying it twice changes nothing more. */
  public static ObjectNode rewrite(ObjectNode root) {
    ArrayNode servers = root.putArray("servers");
    servers.addObject().put("url", "/").put("description", "CITES API gateway");

    ObjectNode info = root.withObject("/info");
    String description = info.path("description").asString("");
    if (!description.contains("/asyncapi.yaml")) {
      info.put(
          "description",
          (description.isBlank() ? "" : description + "\n\n")
              + "**Through the gateway.** Every answer carries `X-Correlation-Id` (send your own,"
              + " 1-64 letters, digits, `-`, `_` or `.`, to find a request in our logs; otherwise"
              + " the gateway makes one) and `traceparent` (W3C trace context). Rate limits are"
              + " per token subject (per client address on the public routes): an answer says how"
              + " many requests are left in `RateLimit-Remaining`, a 429 when to retry in"
              + " `Retry-After`. The gateway may answer 413, 429, 502, 503 and 504 itself, as"
              + " problem details like the services' own.\n\n"
              + "Events on the Kafka topics: [AsyncAPI document](/asyncapi.yaml).");
    }

    ObjectNode components = root.withObject("/components");
    ObjectNode headers = components.withObject("/headers");
    header(
        headers,
        "X-Correlation-Id",
        "The request's correlation id: the caller's own X-Correlation-Id if it sent a valid one,"
            + " otherwise one the gateway made. Quote it when reporting a problem.",
        "3f2c1a9e-5b7d-4e2f-9a1c-0d8e7f6a5b4c");
    header(
        headers,
        "traceparent",
        "W3C trace context of the request (continues the caller's traceparent).",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    header(
        headers,
        "RateLimit-Remaining",
        "How many more requests the caller may send in the current window of its rate limit.",
        "299");
    header(headers, "Retry-After", "Seconds to wait before trying again.", "12");
    ObjectNode examples = components.withObject("/examples");
    for (GatewayAnswer answer : ANSWERS) {
      String name = "gateway-" + answer.slug();
      ObjectNode example = examples.putObject(name);
      example.put("summary", answer.status() + " " + answer.slug() + " (gateway)");
      example.put("description", answer.when());
      ObjectNode value = example.putObject("value");
      value.put("type", TYPES + answer.slug());
      value.put("title", answer.title());
      value.put("status", answer.status());
      value.put("detail", answer.when());
    }

    JsonNode paths = root.path("paths");
    for (JsonNode item : paths) {
      for (String method : METHODS) {
        if (item.get(method) instanceof ObjectNode operation) {
          operation(operation);
        }
      }
    }
    return root;
  }

  private static void operation(ObjectNode operation) {
    ObjectNode responses = operation.withObject("/responses");
    boolean hasBody = operation.has("requestBody");
    for (GatewayAnswer answer : ANSWERS) {
      if (answer.status() == 413 && !hasBody) {
        continue;
      }
      String code = Integer.toString(answer.status());
      ObjectNode response =
          responses.has(code) ? (ObjectNode) responses.get(code) : responses.putObject(code);
      String description = response.path("description").asString("");
      String line = "`" + TYPES + answer.slug() + "`: " + answer.when();
      if (!description.contains(line)) {
        response.put(
            "description",
            description.isBlank()
                ? reason(answer.status()) + ".\n\n" + line
                : description + "\n\n" + line);
      }
      ObjectNode media =
          response.withObject("/content").withObject("/" + jsonPointer(PROBLEM_JSON));
      if (!media.has("schema")) {
        media.putObject("schema").put("$ref", PROBLEM);
      }
      media
          .withObject("/examples")
          .putObject("gateway-" + answer.slug())
          .put("$ref", "#/components/examples/gateway-" + answer.slug());
      if (answer.retry()) {
        response
            .withObject("/headers")
            .putObject("Retry-After")
            .put("$ref", "#/components/headers/Retry-After");
      }
    }
    for (Map.Entry<String, JsonNode> entry : responses.properties()) {
      if (entry.getValue() instanceof ObjectNode response && !response.has("$ref")) {
        ObjectNode responseHeaders = response.withObject("/headers");
        ref(responseHeaders, "X-Correlation-Id");
        ref(responseHeaders, "traceparent");
        if (entry.getKey().startsWith("2")) {
          ref(responseHeaders, "RateLimit-Remaining");
        }
      }
    }
  }

  private static void ref(ObjectNode headers, String name) {
    if (!headers.has(name)) {
      headers.putObject(name).put("$ref", "#/components/headers/" + name);
    }
  }

  private static void header(ObjectNode headers, String name, String description, String example) {
    boolean number = name.equals("Retry-After") || name.startsWith("RateLimit");
    ObjectNode header = headers.putObject(name);
    header.put("description", description);
    header.putObject("schema").put("type", number ? "integer" : "string");
    if (number) {
      header.put("example", Integer.parseInt(example));
    } else {
      header.put("example", example);
    }
  }

  private static String jsonPointer(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String reason(int status) {
    return switch (status) {
      case 413 -> "Content Too Large";
      case 429 -> "Too Many Requests";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "HTTP " + status;
    };
  }
}
