package kz.cites.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The house rules of a published OpenAPI document (issue 16), beyond what the OpenAPI schema itself
 * requires (swagger-parser checks that): what a client generator and an integrator need. Each
 * finding is one line naming where and what.
 *
 * <ul>
 *   <li>every success body has a schema (a generated client would otherwise return nothing);
 *   <li>every operation has an explicit, specific operationId (camelCase, no numbered suffix, not a
 *       bare verb such as {@code list} or {@code get}), a summary, a description, a tag, a success
 *       response and a 4xx response;
 *   <li>every 4xx and 5xx response is {@code application/problem+json} with the {@code Problem}
 *       schema and at least one example;
 *   <li>no {@code *}{@code /*} media type, no {@code Accept}, {@code Content-Type} or {@code
 *       Authorization} header parameter; every parameter has a description and a schema;
 *   <li>every security requirement names a declared scheme and every declared scheme is used;
 *   <li>every schema of the components has a description, and no array has an inline enum (a named
 *       enum component compiles in every generator);
 *   <li>every {@code $ref} resolves.
 * </ul>
 */
public final class ApiLint {

  private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z0-9]{2,}");
  private static final Pattern NUMBERED = Pattern.compile(".*_\\d+$");

  /** Ids that say nothing in one SDK of the whole system. */
  private static final Set<String> GENERIC =
      Set.of(
          "list",
          "get",
          "read",
          "create",
          "update",
          "delete",
          "put",
          "post",
          "document",
          "year",
          "find",
          "search",
          "all",
          "one",
          "save",
          "upload",
          "download",
          "submit",
          "cancel",
          "decide",
          "notify",
          "verify",
          "keys",
          "queue",
          "quote",
          "tariff",
          "fee",
          "status");

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  private ApiLint() {}

  /** The findings of {@code document}; empty when it keeps every rule. */
  public static List<String> check(JsonNode document) {
    List<String> findings = new ArrayList<>();
    Set<String> usedSchemes = new HashSet<>();
    JsonNode declaredSchemes = document.path("components").path("securitySchemes");
    for (JsonNode requirement : document.path("security")) {
      requirement.propertyNames().forEach(usedSchemes::add);
    }
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
        operation(where, operation, findings, ids);
        for (JsonNode requirement : operation.path("security")) {
          requirement.propertyNames().forEach(usedSchemes::add);
        }
      }
    }
    for (String scheme : usedSchemes) {
      if (!declaredSchemes.has(scheme)) {
        findings.add("security scheme " + scheme + " is required but not declared");
      }
    }
    declaredSchemes
        .propertyNames()
        .forEach(
            scheme -> {
              if (!usedSchemes.contains(scheme)) {
                findings.add("security scheme " + scheme + " is declared but never used");
              }
            });
    for (Map.Entry<String, JsonNode> schema :
        document.path("components").path("schemas").properties()) {
      String where = "schema " + schema.getKey();
      if (schema.getValue().path("description").asString("").isBlank()) {
        findings.add(where + ": no description");
      }
      inlineEnumsInArrays(where, schema.getValue(), findings);
    }
    unresolvedRefs(document, document, "", findings);
    return findings;
  }

  private static void operation(
      String where, JsonNode operation, List<String> findings, Set<String> ids) {
    String id = operation.path("operationId").asString("");
    if (id.isBlank()) {
      findings.add(where + ": no operationId");
    } else {
      if (!OPERATION_ID.matcher(id).matches() || NUMBERED.matcher(id).matches()) {
        findings.add(where + ": operationId " + id + " is not camelCase or is numbered");
      }
      if (GENERIC.contains(id)) {
        findings.add(where + ": operationId " + id + " is generic");
      }
      if (!ids.add(id)) {
        findings.add(where + ": operationId " + id + " is used twice");
      }
    }
    for (String member : List.of("summary", "description")) {
      if (operation.path(member).asString("").isBlank()) {
        findings.add(where + ": no " + member);
      }
    }
    if (operation.path("tags").isEmpty()) {
      findings.add(where + ": no tag");
    }
    boolean success = false;
    boolean clientError = false;
    for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
      String code = response.getKey();
      JsonNode content = response.getValue().path("content");
      success |= code.startsWith("2") || code.startsWith("3");
      clientError |= code.startsWith("4");
      if (response.getValue().path("description").asString("").isBlank()) {
        findings.add(where + " " + code + ": no description");
      }
      if (code.startsWith("4") || code.startsWith("5")) {
        Set<String> types = new HashSet<>();
        content.propertyNames().forEach(types::add);
        if (!types.equals(Set.of(GatewayDocument.PROBLEM_JSON))) {
          findings.add(where + " " + code + ": answers " + types + ", not only problem+json");
        } else {
          JsonNode media = content.path(GatewayDocument.PROBLEM_JSON);
          if (!media.path("schema").path("$ref").asString("").endsWith("/Problem")) {
            findings.add(where + " " + code + ": problem without the Problem schema");
          }
          if (media.path("examples").isEmpty()) {
            findings.add(where + " " + code + ": problem without a named example");
          }
        }
      }
      content
          .properties()
          .forEach(
              media -> {
                if (media.getKey().contains("*")) {
                  findings.add(where + " " + code + ": media type " + media.getKey());
                }
                if (code.startsWith("2") && !media.getValue().has("schema")) {
                  // a generated client would answer void
                  findings.add(where + " " + code + ": " + media.getKey() + " without a schema");
                }
              });
    }
    if (!success) {
      findings.add(where + ": no success response");
    }
    if (!clientError) {
      findings.add(where + ": no 4xx response");
    }
    operation
        .path("requestBody")
        .path("content")
        .propertyNames()
        .forEach(
            type -> {
              if (type.contains("*")) {
                findings.add(where + " request body: media type " + type);
              }
            });
    for (JsonNode parameter : operation.path("parameters")) {
      String name = parameter.path("name").asString("");
      String in = parameter.path("in").asString("");
      if ("header".equals(in)
          && Set.of("accept", "content-type", "authorization")
              .contains(name.toLowerCase(java.util.Locale.ROOT))) {
        findings.add(where + ": header parameter " + name + " (OpenAPI ignores it)");
      }
      if (parameter.path("description").asString("").isBlank()) {
        findings.add(where + ": parameter " + name + " has no description");
      }
      if (!parameter.has("schema") && !parameter.has("content")) {
        findings.add(where + ": parameter " + name + " has no schema");
      }
    }
  }

  private static void inlineEnumsInArrays(String where, JsonNode schema, List<String> findings) {
    if (schema.path("items").has("enum")) {
      findings.add(where + ": array of an inline enum (name it as a component)");
    }
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      inlineEnumsInArrays(where + "." + property.getKey(), property.getValue(), findings);
    }
  }

  private static void unresolvedRefs(
      JsonNode document, JsonNode node, String where, List<String> findings) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (member.getKey().equals("$ref") && member.getValue().isString()) {
          String ref = member.getValue().asString();
          if (!ref.startsWith("#/") || document.at(ref.substring(1)).isMissingNode()) {
            findings.add(where + ": unresolved $ref " + ref);
          }
        } else {
          unresolvedRefs(document, member.getValue(), where + "/" + member.getKey(), findings);
        }
      }
    } else if (node.isArray()) {
      int i = 0;
      for (JsonNode element : node) {
        unresolvedRefs(document, element, where + "/" + i++, findings);
      }
    }
  }
}
