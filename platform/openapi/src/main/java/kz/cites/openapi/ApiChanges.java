package kz.cites.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The changes between two exports of a document that break a client generated from the older one
 * (issue 16, item 5): a simple comparison of our own, not a full OpenAPI diff. It reports
 *
 * <ul>
 *   <li>an operation removed, or its operationId changed (the generated method disappears);
 *   <li>a parameter that became required, or a new required one; a parameter removed (the generated
 *       method's signature changes); a success status or a success media type removed, or the
 *       schema of a success answer replaced (an array that became a page, say);
 *   <li>a component schema removed; a property removed; a property no longer required or now
 *       nullable (a client relied on it), or newly required (a client did not send it); a type or
 *       format changed; an enum value removed.
 * </ul>
 */
public final class ApiChanges {

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  private ApiChanges() {}

  /** The breaking changes from {@code before} to {@code after}, one line each. */
  public static List<String> breaking(JsonNode before, JsonNode after) {
    List<String> changes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : before.path("paths").properties()) {
      for (String method : METHODS) {
        JsonNode old = path.getValue().get(method);
        if (old == null) {
          continue;
        }
        String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
        JsonNode now = after.path("paths").path(path.getKey()).get(method);
        if (now == null) {
          changes.add(where + ": operation removed");
          continue;
        }
        operation(where, old, now, changes);
      }
    }
    JsonNode oldSchemas = before.path("components").path("schemas");
    JsonNode newSchemas = after.path("components").path("schemas");
    for (Map.Entry<String, JsonNode> schema : oldSchemas.properties()) {
      String where = "schema " + schema.getKey();
      JsonNode now = newSchemas.get(schema.getKey());
      if (now == null) {
        changes.add(where + ": removed");
        continue;
      }
      schema(where, schema.getValue(), now, changes);
    }
    return changes;
  }

  private static void operation(String where, JsonNode old, JsonNode now, List<String> changes) {
    String oldId = old.path("operationId").asString("");
    String newId = now.path("operationId").asString("");
    if (!oldId.equals(newId)) {
      changes.add(where + ": operationId " + oldId + " -> " + newId);
    }
    Set<String> oldRequired = new HashSet<>();
    for (JsonNode parameter : old.path("parameters")) {
      if (parameter.path("required").asBoolean(false)) {
        oldRequired.add(parameter.path("in").asString() + ":" + parameter.path("name").asString());
      }
    }
    Set<String> present = new HashSet<>();
    for (JsonNode parameter : now.path("parameters")) {
      String key = parameter.path("in").asString() + ":" + parameter.path("name").asString();
      present.add(key);
      if (parameter.path("required").asBoolean(false) && !oldRequired.contains(key)) {
        changes.add(where + ": parameter " + key + " is now required");
      }
    }
    for (JsonNode parameter : old.path("parameters")) {
      String key = parameter.path("in").asString() + ":" + parameter.path("name").asString();
      if (!present.contains(key)) {
        changes.add(where + ": parameter " + key + " removed");
      }
    }
    for (Map.Entry<String, JsonNode> response : old.path("responses").properties()) {
      if (!response.getKey().startsWith("2")) {
        continue;
      }
      JsonNode current = now.path("responses").get(response.getKey());
      if (current == null) {
        changes.add(where + ": success " + response.getKey() + " removed");
        continue;
      }
      response
          .getValue()
          .path("content")
          .propertyNames()
          .forEach(
              type -> {
                if (!current.path("content").has(type)) {
                  changes.add(
                      where + " " + response.getKey() + ": media type " + type + " removed");
                  return;
                }
                String was = shape(response.getValue().path("content").path(type).path("schema"));
                String is = shape(current.path("content").path(type).path("schema"));
                if (!was.isEmpty() && !was.equals(is)) {
                  changes.add(
                      where
                          + " "
                          + response.getKey()
                          + " "
                          + type
                          + ": schema "
                          + was
                          + " -> "
                          + is);
                }
              });
    }
    if (!old.has("requestBody") && now.path("requestBody").path("required").asBoolean(false)) {
      changes.add(where + ": a request body is now required");
    }
  }

  /** What a client's generated type of an answer is: its {@code $ref}, or its type. */
  private static String shape(JsonNode schema) {
    if (schema.has("$ref")) {
      return schema.path("$ref").asString();
    }
    if (schema.path("type").isString()) {
      return schema.path("type").asString();
    }
    return "";
  }

  private static void schema(String where, JsonNode old, JsonNode now, List<String> changes) {
    if (!old.path("type").asString("").equals(now.path("type").asString("")) && old.has("type")) {
      changes.add(where + ": type " + old.path("type") + " -> " + now.path("type"));
    }
    Set<String> oldEnum = new HashSet<>();
    old.path("enum").forEach(v -> oldEnum.add(v.asString()));
    Set<String> newEnum = new HashSet<>();
    now.path("enum").forEach(v -> newEnum.add(v.asString()));
    if (!oldEnum.isEmpty()) {
      for (String value : oldEnum) {
        if (!newEnum.contains(value)) {
          changes.add(where + ": enum value " + value + " removed");
        }
      }
    }
    Set<String> oldRequired = new HashSet<>();
    old.path("required").forEach(r -> oldRequired.add(r.asString()));
    Set<String> newRequired = new HashSet<>();
    now.path("required").forEach(r -> newRequired.add(r.asString()));
    for (Map.Entry<String, JsonNode> property : old.path("properties").properties()) {
      String name = property.getKey();
      JsonNode current = now.path("properties").get(name);
      if (current == null) {
        changes.add(where + "." + name + ": removed");
        continue;
      }
      if (oldRequired.contains(name) && !newRequired.contains(name)) {
        changes.add(where + "." + name + ": no longer required");
      }
      if (!nullable(property.getValue()) && nullable(current)) {
        changes.add(where + "." + name + ": now nullable");
      }
      for (String member : List.of("type", "format", "$ref")) {
        String was = member(property.getValue(), member);
        String is = member(current, member);
        if (!was.isEmpty() && !was.equals(is)) {
          changes.add(where + "." + name + ": " + member + " " + was + " -> " + is);
        }
      }
    }
    for (String name : newRequired) {
      if (!oldRequired.contains(name)) {
        changes.add(where + "." + name + ": newly required");
      }
    }
  }

  /**
   * May the property be null: OpenAPI 3.0's {@code nullable}, or 3.1's {@code "null"} in its type
   * list or in an {@code anyOf}.
   */
  private static boolean nullable(JsonNode property) {
    if (property.path("nullable").asBoolean(false)) {
      return true;
    }
    for (JsonNode type : property.path("type")) {
      if ("null".equals(type.asString(""))) {
        return true;
      }
    }
    for (JsonNode alternative : property.path("anyOf")) {
      if ("null".equals(alternative.path("type").asString(""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A property's {@code type}, {@code format} or {@code $ref} without its nullness: a 3.1 type list
   * without {@code "null"}, the reference inside a nullable {@code anyOf}.
   */
  private static String member(JsonNode property, String member) {
    JsonNode value = property.path(member);
    if (value.isArray()) {
      List<String> types = new java.util.ArrayList<>();
      value.forEach(
          t -> {
            if (!"null".equals(t.asString(""))) {
              types.add(t.asString(""));
            }
          });
      return String.join(",", types);
    }
    if (value.isMissingNode() && property.has("anyOf")) {
      for (JsonNode alternative : property.path("anyOf")) {
        if (alternative.has(member)) {
          return alternative.path(member).asString("");
        }
      }
    }
    return value.asString("");
  }
}
