package kz.cites.permit.signing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that says which bytes of a document are signed: its JSON (as the service's mapper
 * writes the record) with every object's members sorted by name in UTF-16 code units and no
 * whitespace, in UTF-8, in the manner of RFC 8785 (JCS). Numbers are written as the document's
 * decimals in plain notation (documents carry no floating point). The JWS payload and the CMS are
 * over exactly these bytes, so anyone can check one against the other.
 */
@Component
public class CanonicalJson {

  private final JsonMapper json;

  CanonicalJson(JsonMapper json) {
    this.json = json;
  }

  /** The canonical UTF-8 bytes of {@code document}. */
  public byte[] bytes(Object document) {
    JsonNode tree = json.valueToTree(document);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = json.createGenerator(out)) {
      write(tree, generator);
    }
    return out.toByteArray();
  }

  private static void write(JsonNode node, JsonGenerator out) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
      // String order is UTF-16 code unit order, which is what RFC 8785 sorts by
      members.sort(Map.Entry.comparingByKey());
      out.writeStartObject();
      for (Map.Entry<String, JsonNode> member : members) {
        out.writeName(member.getKey());
        write(member.getValue(), out);
      }
      out.writeEndObject();
    } else if (node.isArray()) {
      out.writeStartArray();
      for (JsonNode element : node) {
        write(element, out);
      }
      out.writeEndArray();
    } else if (node.isString()) {
      out.writeString(node.asString());
    } else if (node.isIntegralNumber()) {
      out.writeNumber(node.bigIntegerValue());
    } else if (node.isNumber()) {
      out.writeNumber(node.decimalValue().toPlainString());
    } else if (node.isBoolean()) {
      out.writeBoolean(node.booleanValue());
    } else {
      out.writeNull();
    }
  }
}
