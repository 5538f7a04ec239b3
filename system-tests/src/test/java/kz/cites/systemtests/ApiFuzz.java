package kz.cites.systemtests;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A schema-driven fuzz of an HTTP API: reads an OpenAPI document, and for every operation sends
 * requests built from its parameters and body schema, each with one or more inputs broken on
 * purpose (wrong types, values out of range, text with NUL or a lone surrogate, huge strings and
 * numbers, duplicate keys, cut-off JSON, paths the firewall refuses, a wrong content type, no or
 * another role's token). It judges the answers only by the error contract: no 5xx, and every 4xx is
 * {@code application/problem+json} with a type under {@code https://cites.kz/problems/}, a title,
 * the response's own status as {@code status} and no member twice. Seeded: a failure is
 * reproducible.
 */
final class ApiFuzz {

  static final String PROBLEMS = "https://cites.kz/problems/";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonMapper STRICT =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Values for a string that no rule of the contract should let through, or could trip over. */
  private static final List<String> NASTY_TEXT =
      List.of(
          "",
          " ",
          "a\u0000b",
          "\uD800",
          "x\uDC00y",
          "🐺 Әбенова",
          "' OR 1=1 --",
          "<script>alert(1)</script>",
          "../../etc/passwd",
          "%00",
          "${jndi:ldap://x}",
          "9".repeat(40),
          "-1",
          "1e309",
          "x".repeat(5000),
          "null",
          "true");

  /** Path segments: some the firewall refuses, some no id, some very long. */
  private static final List<String> NASTY_SEGMENTS =
      List.of(
          "not-an-id",
          "00000000-0000-0000-0000-000000000000",
          "-1",
          "9".repeat(40),
          "%00",
          "%2F",
          "%25",
          "%5C",
          "a;b",
          "..",
          "%ED%A0%80",
          "%F0%9F%90%BA",
          "x".repeat(300),
          "26KZ999999",
          "2026-02-30",
          "99999");

  /** One request of the fuzz and its answer. */
  record Exchange(
      String method,
      String target,
      String caller,
      String variant,
      int status,
      String contentType,
      String body) {

    String describe() {
      return method
          + " "
          + abbreviate(target)
          + " as "
          + caller
          + " ("
          + variant
          + ") -> "
          + status
          + " "
          + contentType
          + " "
          + abbreviate(body);
    }
  }

  /** A caller: a label and its bearer token (null: none). */
  record Caller(String label, String token, List<String> roles) {}

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Random random;
  private final URI base;
  private final JsonNode document;
  private final JsonNode schemas;

  ApiFuzz(URI base, JsonNode document, long seed) {
    this.base = base;
    this.document = document;
    this.schemas = document.path("components").path("schemas");
    this.random = new Random(seed);
  }

  /** Every operation of the document: method and path template. */
  List<String[]> operations() {
    List<String[]> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (List.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
          operations.add(new String[] {operation.getKey().toUpperCase(), path.getKey()});
        }
      }
    }
    return operations;
  }

  /**
   * Sends {@code variants} broken requests to one operation. First each caller sends one request,
   * to learn whom the role rules let in; most variants then come from those, so that they reach the
   * service's reading of parameters and body rather than stop at 401/403.
   */
  List<Exchange> fuzz(String method, String path, int variants, List<Caller> callers) {
    JsonNode operation = document.path("paths").path(path).path(method.toLowerCase());
    List<Exchange> exchanges = new ArrayList<>();
    List<Caller> admitted = new ArrayList<>();
    for (Caller caller : callers) {
      Exchange first = send(method, path, operation, caller, -1);
      exchanges.add(first);
      if (first.status() != 401 && first.status() != 403 && caller.token() != null) {
        admitted.add(caller);
      }
    }
    for (int i = 0; i < variants; i++) {
      List<Caller> from = !admitted.isEmpty() && random.nextInt(5) != 0 ? admitted : callers;
      exchanges.add(send(method, path, operation, from.get(random.nextInt(from.size())), i));
    }
    return exchanges;
  }

  private Exchange send(String method, String path, JsonNode operation, Caller caller, int i) {
    List<String> broken = new ArrayList<>();
    String target = target(path, operation, broken);
    HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
    for (JsonNode parameter : parameters(operation)) {
      if ("header".equals(parameter.path("in").asString())
          && !"Accept".equalsIgnoreCase(parameter.path("name").asString())
          && random.nextBoolean()) {
        String name = parameter.path("name").asString();
        String value =
            random.nextBoolean()
                ? pick(NASTY_TEXT)
                : scalar(resolve(parameter.path("schema")), parameter.path("example"));
        try {
          request.header(name, value);
          broken.add("header " + name);
        } catch (IllegalArgumentException notAHeaderValue) {
          // the client will not send it (NUL, a line break); Tomcat and Netty refuse those anyway
        }
      }
    }
    if (caller.token() != null) {
      request.header("Authorization", "Bearer " + caller.token());
    }
    request.header(
        "Accept",
        pick(
            List.of(
                "application/json",
                "*/*",
                "application/json",
                "text/csv",
                "application/pdf",
                "application/jose")));
    JsonNode body = operation.path("requestBody").path("content");
    HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
    if (!body.isMissingNode() || random.nextInt(10) == 0) {
      String[] payload = body(body, broken);
      if (payload[0] != null) {
        request.header("Content-Type", payload[0]);
      }
      publisher = HttpRequest.BodyPublishers.ofString(payload[1]);
    }
    String variant = broken.isEmpty() ? "as documented" : String.join(", ", broken);
    try {
      request.uri(URI.create(base + target)).method(method, publisher);
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Exchange(
          method,
          target,
          caller.label(),
          variant,
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IllegalArgumentException notAUri) {
      // the client cannot send it: the raw-request tests cover what clients cannot send
      return new Exchange(method, target, caller.label(), variant + " (not sent)", 0, "", "");
    } catch (java.io.IOException e) {
      return new Exchange(method, target, caller.label(), variant, -1, "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The path with its variables filled and a query string, some of both broken. */
  private String target(String template, JsonNode operation, List<String> broken) {
    String path = template;
    StringBuilder query = new StringBuilder();
    for (JsonNode parameter : parameters(operation)) {
      String name = parameter.path("name").asString();
      String in = parameter.path("in").asString();
      JsonNode schema = resolve(parameter.path("schema"));
      boolean breakIt = random.nextInt(3) == 0;
      String value;
      if ("path".equals(in)) {
        value = breakIt ? pick(NASTY_SEGMENTS) : encode(scalar(schema, parameter.path("example")));
        if (breakIt) {
          broken.add("path " + name);
        }
        path = path.replace("{" + name + "}", value);
      } else if ("query".equals(in)) {
        if (breakIt && random.nextBoolean()) {
          broken.add("no " + name);
          continue;
        }
        value = breakIt ? pick(NASTY_TEXT) : scalar(schema, parameter.path("example"));
        if (breakIt) {
          broken.add("query " + name);
        }
        query
            .append(query.isEmpty() ? "?" : "&")
            .append(encode(name))
            .append('=')
            .append(encode(value));
      }
    }
    if (random.nextInt(8) == 0) {
      query.append(query.isEmpty() ? "?" : "&").append("unknown=").append(encode(pick(NASTY_TEXT)));
      broken.add("unknown query parameter");
    }
    return path + query;
  }

  private List<JsonNode> parameters(JsonNode operation) {
    List<JsonNode> parameters = new ArrayList<>();
    for (JsonNode parameter : operation.path("parameters")) {
      parameters.add(resolve(parameter));
    }
    return parameters;
  }

  /** The content type and the body text: from the schema, then broken in one of many ways. */
  private String[] body(JsonNode content, List<String> broken) {
    String type =
        content.isMissingNode() || content.isEmpty()
            ? "application/json"
            : content.propertyNames().iterator().next();
    JsonNode schema = content.path(type).path("schema");
    if (type.startsWith("multipart/")) {
      String boundary = "fuzz" + random.nextInt(1_000_000);
      broken.add("multipart");
      String part =
          random.nextBoolean()
              ? "--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
                  + pick(List.of("OTHER", "CONTRACT", "NOPE", "a\u0000b"))
                  + "\r\n"
              : "";
      String file =
          random.nextBoolean()
              ? "--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + pick(List.of("x.pdf", "a\u0000b.pdf", "../../x.pdf", "x".repeat(300)))
                  + "\"\r\nContent-Type: application/pdf\r\n\r\n"
                  + pick(List.of("%PDF-1.7\n%%EOF\n", "", "not a pdf"))
                  + "\r\n"
              : "";
      String end = random.nextInt(4) == 0 ? "" : "--" + boundary + "--\r\n";
      return new String[] {"multipart/form-data; boundary=" + boundary, part + file + end};
    }
    String json = JSON.writeValueAsString(instance(schema, 0, broken));
    switch (random.nextInt(14)) {
      case 0 -> {
        broken.add("cut-off JSON");
        return new String[] {type, json.substring(0, json.length() / 2)};
      }
      case 1 -> {
        broken.add("not JSON");
        return new String[] {type, pick(List.of("hello", "<a/>", "{{", "[1,2", "\u0000"))};
      }
      case 2 -> {
        broken.add("empty body");
        return new String[] {type, ""};
      }
      case 3 -> {
        broken.add("text/plain body");
        return new String[] {"text/plain", json};
      }
      case 4 -> {
        broken.add("no content type");
        return new String[] {null, json};
      }
      case 5 -> {
        if (json.startsWith("{\"") && json.length() > 2) {
          broken.add("a key twice");
          int colon = json.indexOf("\":");
          String key = json.substring(1, colon + 1);
          return new String[] {type, "{" + key + ":1," + json.substring(1)};
        }
        return new String[] {type, json};
      }
      case 6 -> {
        broken.add("deep nesting");
        return new String[] {type, "[".repeat(3000) + "]".repeat(3000)};
      }
      case 7 -> {
        broken.add("a JSON array instead of the body");
        return new String[] {type, "[" + json + "]"};
      }
      default -> {
        return new String[] {type, json};
      }
    }
  }

  /** An instance of {@code schema}; each value is broken now and then. */
  private JsonNode instance(JsonNode schema, int depth, List<String> broken) {
    schema = resolve(schema);
    if (depth > 6) {
      return NODES.nullNode();
    }
    if (depth > 0 && random.nextInt(9) == 0) {
      JsonNode wrong =
          pick(
              List.of(
                  NODES.stringNode(pick(NASTY_TEXT)),
                  NODES.numberNode(new java.math.BigDecimal("1e400")),
                  NODES.numberNode(-1),
                  NODES.numberNode(12345),
                  NODES.booleanNode(true),
                  NODES.nullNode(),
                  NODES.arrayNode(),
                  NODES.objectNode()));
      broken.add("a value " + abbreviate(wrong.toString()));
      return wrong;
    }
    for (String choice : List.of("oneOf", "anyOf")) {
      if (schema.has(choice)) {
        return instance(
            schema.path(choice).get(random.nextInt(schema.path(choice).size())), depth, broken);
      }
    }
    if (schema.has("allOf")) {
      ObjectNode merged = NODES.objectNode();
      for (JsonNode part : schema.path("allOf")) {
        JsonNode value = instance(part, depth, broken);
        if (value instanceof ObjectNode object) {
          merged.setAll(object);
        }
      }
      return merged;
    }
    String type =
        schema.path("type").isArray()
            ? schema.path("type").get(0).asString()
            : schema.path("type").asString(schema.has("properties") ? "object" : "string");
    return switch (type) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
          if (random.nextInt(12) == 0) {
            broken.add("no " + property.getKey());
            continue;
          }
          object.set(property.getKey(), instance(property.getValue(), depth + 1, broken));
        }
        yield object;
      }
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(10) == 0 ? 200 : 1 + random.nextInt(2);
        for (int i = 0; i < size; i++) {
          array.add(instance(schema.path("items"), depth + 1, broken));
        }
        yield array;
      }
      case "integer" ->
          NODES.numberNode(
              schema.has("example") ? schema.path("example").asLong() : random.nextInt(100));
      case "number" ->
          NODES.numberNode(
              schema.has("example")
                  ? schema.path("example").decimalValue()
                  : java.math.BigDecimal.valueOf(random.nextInt(1000), 2));
      case "boolean" -> NODES.booleanNode(random.nextInt(4) != 0);
      default -> {
        if (random.nextInt(7) == 0) {
          String text = pick(NASTY_TEXT);
          broken.add("text " + abbreviate(JSON.writeValueAsString(text)));
          yield NODES.stringNode(text);
        }
        yield NODES.stringNode(scalar(schema, schema.path("example")));
      }
    };
  }

  /** A plausible value of a scalar schema: its example, an enum value or one of its format. */
  private String scalar(JsonNode schema, JsonNode example) {
    if (!example.isMissingNode() && !example.isNull() && example.isValueNode()) {
      return example.asString();
    }
    if (schema.has("example") && schema.path("example").isValueNode()) {
      return schema.path("example").asString();
    }
    if (schema.path("enum").size() > 0) {
      return schema.path("enum").get(random.nextInt(schema.path("enum").size())).asString();
    }
    return switch (schema.path("format").asString("")) {
      case "uuid" -> UUID.randomUUID().toString();
      case "date" -> "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
      case "date-time" -> "2026-03-20T10:00:00Z";
      case "int32", "int64" -> Integer.toString(random.nextInt(100));
      default ->
          switch (schema.path("type").asString("string")) {
            case "integer" -> Integer.toString(random.nextInt(100));
            case "number" -> "12.5";
            case "boolean" -> "true";
            default -> "fuzz";
          };
    };
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int i = 0; i < 10 && current.has("$ref"); i++) {
      String ref = current.path("$ref").asString();
      String[] steps = ref.substring(2).split("/");
      JsonNode target = document;
      for (String step : steps) {
        target = target.path(step);
      }
      current = target;
    }
    return current;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String abbreviate(String text) {
    String flat = text == null ? "" : text.replaceAll("\\s+", " ");
    return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
  }

  /**
   * What is wrong with an answer by the error contract, or null: no 5xx; a 4xx is a problem detail
   * with a type under our base, a title, its own status and no member twice.
   */
  static String violation(Exchange exchange) {
    int status = exchange.status();
    if (status == 0) {
      return null; // not sent
    }
    if (status < 0) {
      return "no answer: " + exchange.body();
    }
    if (status >= 500) {
      return "a server error";
    }
    if (status < 400) {
      return null;
    }
    if (!exchange.contentType().startsWith("application/problem+json")) {
      return "an error that is no problem detail";
    }
    JsonNode problem;
    try {
      problem = STRICT.readTree(exchange.body());
    } catch (RuntimeException e) {
      return "a problem that is no JSON object, or has a member twice: " + e.getMessage();
    }
    if (!problem.path("type").asString("").startsWith(PROBLEMS)) {
      return "a problem without a type of ours";
    }
    if (problem.path("title").asString("").isBlank()) {
      return "a problem without a title";
    }
    if (!problem.path("status").isInt() || problem.path("status").asInt() != status) {
      return "a problem whose status is not the response's";
    }
    return null;
  }

  static Iterator<String> names(JsonNode node) {
    return node.propertyNames().iterator();
  }

  static Map<String, Integer> countByStatus(List<Exchange> exchanges) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    exchanges.stream()
        .map(e -> Integer.toString(e.status()))
        .sorted()
        .forEach(s -> counts.merge(s, 1, Integer::sum));
    return counts;
  }
}
