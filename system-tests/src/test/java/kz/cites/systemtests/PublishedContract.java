package kz.cites.systemtests;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published API documents ({@code docs/openapi/*.json}, exported by the services' builds) as
 * the yardstick of every answer the system tests receive (issue 16): {@link Http} hands each JSON
 * answer of an {@code /api/v1} operation to {@link #violation}, which validates the body against
 * the schema the document gives for that operation, status and media type (JSON Schema 2020-12, the
 * dialect of OpenAPI 3.1, with networknt's json-schema-validator). A status the operation does not
 * document is a violation too.
 */
final class PublishedContract {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String BASE = "https://cites.kz/openapi/";
  private static final List<String> SERVICES =
      List.of("application", "fee", "verification", "permit");
  private static final PublishedContract INSTANCE = new PublishedContract();

  /** One operation of a document: its path as a pattern, the document it is in. */
  private record Operation(String service, String path, Pattern pattern, String method) {}

  private final Map<String, JsonNode> documents = new LinkedHashMap<>();
  private final List<Operation> operations = new ArrayList<>();
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
  private final List<String> checked = Collections.synchronizedList(new ArrayList<>());

  private PublishedContract() {
    Map<String, String> texts = new HashMap<>();
    for (String service : SERVICES) {
      Path file = repository().resolve("docs/openapi/" + service + ".json");
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        texts.put(BASE + service + ".json", text);
        JsonNode document = JSON.readTree(text);
        documents.put(service, document);
        for (var path : document.path("paths").properties()) {
          Pattern pattern =
              Pattern.compile(path.getKey().replaceAll("\\{[^/}]+}", "[^/]+").replace(".", "\\."));
          for (String method : path.getValue().propertyNames()) {
            operations.add(new Operation(service, path.getKey(), pattern, method));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the published document " + file + " is missing", e);
      }
    }
    // the more specific path first: /permits/{number}/audit before /permits/{number}
    operations.sort(
        (a, b) ->
            Long.compare(
                b.path().chars().filter(c -> c == '/').count()
                    - b.path().chars().filter(c -> c == '{').count(),
                a.path().chars().filter(c -> c == '/').count()
                    - a.path().chars().filter(c -> c == '{').count()));
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(texts));
  }

  static PublishedContract get() {
    return INSTANCE;
  }

  JsonNode document(String service) {
    return documents.get(service);
  }

  /** How many answers were checked against their schema, for the record. */
  int checked() {
    return checked.size();
  }

  /**
   * What is wrong with an answer to {@code method path} by the published documents, if anything: an
   * undocumented status, or a JSON body its schema does not allow.
   */
  Optional<String> violation(
      String method, String path, int status, String contentType, String body) {
    if (!path.startsWith("/api/v1/")) {
      return Optional.empty();
    }
    Operation operation =
        operations.stream()
            .filter(o -> o.method().equalsIgnoreCase(method) && o.pattern().matcher(path).matches())
            .findFirst()
            .orElse(null);
    if (operation == null) {
      return Optional.empty(); // not an operation of the API (a fuzzed path, a wrong method)
    }
    String where = method + " " + path + " -> " + status;
    JsonNode responses =
        documents
            .get(operation.service())
            .path("paths")
            .path(operation.path())
            .path(operation.method())
            .path("responses");
    if (!responses.has(Integer.toString(status))) {
      return Optional.of(where + ": status not documented by " + operation.service());
    }
    String media = contentType == null ? "" : contentType.split(";")[0].trim();
    if (!media.endsWith("json") || body == null || body.isBlank()) {
      return Optional.empty();
    }
    JsonNode content = responses.path(Integer.toString(status)).path("content");
    if (!content.has(media)) {
      return Optional.of(where + ": media type " + media + " not documented");
    }
    String pointer =
        "/paths/"
            + escape(operation.path())
            + "/"
            + operation.method()
            + "/responses/"
            + status
            + "/content/"
            + escape(media)
            + "/schema";
    Schema schema =
        schemas.computeIfAbsent(
            operation.service() + pointer,
            key ->
                registry.getSchema(
                    SchemaLocation.of(
                        BASE
                            + operation.service()
                            + ".json#"
                            + pointer.replace("{", "%7B").replace("}", "%7D"))));
    checked.add(where);
    var errors = schema.validate(JSON.readTree(body));
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        where
            + ": the body breaks its schema: "
            + errors.stream().limit(5).map(e -> e.toString()).toList()
            + " in "
            + (body.length() > 600 ? body.substring(0, 600) + "..." : body));
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static Path repository() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no repository above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
