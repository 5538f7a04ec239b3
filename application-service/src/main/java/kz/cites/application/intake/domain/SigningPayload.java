package kz.cites.application.intake.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bytes an applicant signs: the JSON object {@code {"applicationId", "content", "documents"}}
 * in the canonical form of RFC 8785 (JCS): UTF-8, no whitespace, object members sorted by name,
 * members with null values left out, numbers (quantities) in their shortest plain decimal form.
 * {@code content} is the application's content as the API shows it; {@code documents} holds {@code
 * {"id", "sha256", "type"}} of every attached document, ordered by id. Any client can rebuild it
 * from {@code GET /api/v1/applications/{id}} and compare the SHA-256.
 */
public final class SigningPayload {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SigningPayload() {}

  public static byte[] of(
      UUID applicationId, ApplicationContent content, List<ApplicationDocument> documents) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("applicationId", applicationId.toString());
    root.set("content", JSON.valueToTree(content));
    ArrayNode docs = root.putArray("documents");
    documents.stream()
        .sorted(Comparator.comparing(d -> d.id().toString()))
        .forEach(
            d ->
                docs.addObject()
                    .put("id", d.id().toString())
                    .put("sha256", d.sha256())
                    .put("type", d.type().name()));
    return JSON.writeValueAsString(canonical(root)).getBytes(StandardCharsets.UTF_8);
  }

  public static String sha256Hex(byte[] payload) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sorted members, nulls dropped, decimals in plain shortest form. */
  private static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!e.getValue().isNull()) {
          sorted.put(e.getKey(), canonical(e.getValue()));
        }
      }
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      sorted.forEach(result::set);
      return result;
    }
    if (node.isArray()) {
      ArrayNode result = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> result.add(canonical(element)));
      return result;
    }
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue().stripTrailingZeros();
      return value.scale() <= 0
          ? JsonNodeFactory.instance.numberNode(value.toBigIntegerExact())
          : JsonNodeFactory.instance.numberNode(value);
    }
    return node;
  }
}
