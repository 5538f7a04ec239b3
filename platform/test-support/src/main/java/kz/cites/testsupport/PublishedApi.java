package kz.cites.testsupport;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.cites.openapi.ApiChanges;
import kz.cites.openapi.ApiLint;
import kz.cites.openapi.GatewayDocument;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes a service's OpenAPI document at build time (issue 16): the document as the gateway
 * serves it ({@link GatewayDocument}), checked by the OpenAPI specification's validation
 * (swagger-parser) and the house rules ({@link ApiLint}), compared with the previous export for
 * breaking changes ({@link ApiChanges}), and exported to {@code docs/openapi/<service>.json} of the
 * repository, where clients are generated from.
 *
 * <p>Breaking changes are reported (printed, and kept in {@code
 * target/openapi/<service>-breaking-changes.txt}); {@code -Dcites.api.breaking=fail} makes them
 * fail the build instead.
 */
public final class PublishedApi {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private PublishedApi() {}

  /** What publishing found: the lint findings and the breaking changes. */
  public record Findings(List<String> lint, List<String> breaking) {}

  /**
   * Publishes {@code serviceDocument} (what the service answers at {@code /v3/api-docs}) as {@code
   * service}.
   */
  public static Findings publish(String service, String serviceDocument) {
    ObjectNode published =
        sorted(GatewayDocument.rewrite((ObjectNode) JSON.readTree(serviceDocument)));
    String text = JSON.writeValueAsString(published) + "\n";
    List<String> lint = new ArrayList<>(specification(text));
    lint.addAll(ApiLint.check(published));

    Path export = repository().resolve("docs/openapi").resolve(service + ".json");
    List<String> breaking = List.of();
    try {
      if (Files.exists(export)) {
        breaking = ApiChanges.breaking(JSON.readTree(export.toFile()), published);
      }
      Path target = Path.of("target/openapi");
      Files.createDirectories(target);
      Files.writeString(
          target.resolve(service + "-breaking-changes.txt"),
          String.join("\n", breaking),
          StandardCharsets.UTF_8);
      if (!breaking.isEmpty()) {
        System.out.println(
            "[openapi] "
                + breaking.size()
                + " breaking change(s) of "
                + service
                + " against docs/openapi/"
                + service
                + ".json:\n  "
                + String.join("\n  ", breaking));
      }
      if (lint.isEmpty()) {
        Files.createDirectories(export.getParent());
        Files.writeString(export, text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Findings(
        lint, "fail".equals(System.getProperty("cites.api.breaking")) ? breaking : List.of());
  }

  /**
   * The paths and every map of the components in the order of their names, so that an export
   * changes only where the contract does (springdoc lists them in the order it finds them).
   */
  static ObjectNode sorted(ObjectNode document) {
    sortMembers(document, "paths");
    if (document.get("components") instanceof ObjectNode components) {
      for (String name : new ArrayList<>(components.propertyNames())) {
        sortMembers(components, name);
      }
    }
    return document;
  }

  private static void sortMembers(ObjectNode parent, String name) {
    if (parent.get(name) instanceof ObjectNode members) {
      ObjectNode ordered = parent.objectNode();
      new java.util.TreeMap<>(
              members.properties().stream()
                  .collect(
                      java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
          .forEach(ordered::set);
      parent.set(name, ordered);
    }
  }

  /** The OpenAPI specification's own findings: errors and warnings alike. */
  static List<String> specification(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    return result.getMessages() == null
        ? List.of()
        : result.getMessages().stream().map(m -> "specification: " + m).toList();
  }

  /** The repository's root: the nearest folder up from here with the Maven wrapper. */
  static Path repository() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
