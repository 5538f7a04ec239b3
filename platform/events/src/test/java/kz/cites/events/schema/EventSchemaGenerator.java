package kz.cites.events.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft-07, the AsyncAPI 3 default) of an event record, generated from the record
 * itself so the published contract cannot drift from the code: a component is a property of its
 * JSON type, {@code required} and not nullable unless its type is marked {@link Nullable} (fields
 * added to an event later are, since older events lack them); nested records and enums are named
 * definitions, so a consumer generating types gets {@code Specimen}, {@code RefusalGround}, not
 * anonymous objects. Descriptions come from the records' Javadoc ({@link Javadoc}).
 *
 * <p>No {@code additionalProperties: false}: a consumer must ignore fields it does not know, so a
 * producer can add one without breaking it.
 */
final class EventSchemaGenerator {

  static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Map<Class<?>, String[]> SCALARS =
      Map.of(
          String.class, new String[] {"string", null},
          UUID.class, new String[] {"string", "uuid"},
          Instant.class, new String[] {"string", "date-time"},
          LocalDate.class, new String[] {"string", "date"},
          BigDecimal.class, new String[] {"number", null},
          Integer.class, new String[] {"integer", null},
          int.class, new String[] {"integer", null},
          Long.class, new String[] {"integer", null},
          long.class, new String[] {"integer", null},
          boolean.class, new String[] {"boolean", null});

  private final Javadoc javadoc;
  private final Map<String, Class<?>> definedAs = new HashMap<>();

  EventSchemaGenerator(Javadoc javadoc) {
    this.javadoc = javadoc;
  }

  /** The schema of one event record, self-contained (its nested types under definitions). */
  ObjectNode schema(Class<? extends Record> event, String id) {
    Map<String, ObjectNode> definitions = new TreeMap<>();
    definedAs.clear();
    ObjectNode schema = JSON.objectNode();
    schema.put("$schema", DRAFT_07);
    schema.put("$id", id);
    schema.put("title", event.getSimpleName());
    schema.setAll(object(event, definitions));
    if (!definitions.isEmpty()) {
      ObjectNode defs = schema.putObject("definitions");
      definitions.forEach(defs::set);
    }
    return schema;
  }

  private ObjectNode object(Class<?> record, Map<String, ObjectNode> definitions) {
    ObjectNode schema = JSON.objectNode();
    javadoc.summary(record).ifPresent(text -> schema.put("description", text));
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = JSON.arrayNode();
    for (RecordComponent component : record.getRecordComponents()) {
      boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
      ObjectNode property = property(component.getGenericType(), nullable, definitions);
      javadoc.param(record, component.getName()).ifPresent(text -> describe(property, text));
      properties.set(component.getName(), property);
      if (!nullable) {
        required.add(component.getName());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    return schema;
  }

  private ObjectNode property(Type type, boolean nullable, Map<String, ObjectNode> definitions) {
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      ObjectNode array = JSON.objectNode();
      typed(array, "array", nullable);
      array.set("items", property(list.getActualTypeArguments()[0], false, definitions));
      return array;
    }
    Class<?> raw = (Class<?>) type;
    String[] scalar = SCALARS.get(raw);
    if (scalar != null) {
      ObjectNode property = JSON.objectNode();
      typed(property, scalar[0], nullable && !raw.isPrimitive());
      if (scalar[1] != null) {
        property.put("format", scalar[1]);
      }
      return property;
    }
    String name = define(raw, definitions);
    ObjectNode reference = JSON.objectNode().put("$ref", "#/definitions/" + name);
    if (!nullable) {
      return reference;
    }
    ObjectNode either = JSON.objectNode();
    either.putArray("anyOf").add(reference).add(JSON.objectNode().put("type", "null"));
    return either;
  }

  private String define(Class<?> type, Map<String, ObjectNode> definitions) {
    String name = type.getSimpleName();
    Class<?> defined = definedAs.putIfAbsent(name, type);
    if (defined != null && defined != type) {
      throw new IllegalStateException(
          "Two types named "
              + name
              + " in one event: "
              + defined.getName()
              + ", "
              + type.getName());
    }
    if (!definitions.containsKey(name)) {
      definitions.put(name, JSON.objectNode()); // reserve: a record may refer to itself
      if (type.isEnum()) {
        ObjectNode enumeration = JSON.objectNode();
        javadoc.summary(type).ifPresent(text -> enumeration.put("description", text));
        enumeration.put("type", "string");
        ArrayNode values = enumeration.putArray("enum");
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(values::add);
        definitions.put(name, enumeration);
      } else if (type.isRecord()) {
        definitions.put(name, object(type, definitions));
      } else {
        throw new IllegalArgumentException(
            "No JSON Schema mapping for " + type.getName() + ": add it to EventSchemaGenerator");
      }
    }
    return name;
  }

  private static void typed(ObjectNode property, String type, boolean nullable) {
    if (nullable) {
      property.putArray("type").add(type).add("null");
    } else {
      property.put("type", type);
    }
  }

  /**
   * A description beside a {@code $ref} is ignored by draft-07 tools, so a described reference is
   * wrapped in {@code allOf}.
   */
  private static void describe(ObjectNode property, String text) {
    if (property.has("$ref")) {
      JsonNode reference = property.remove("$ref");
      property.putArray("allOf").add(JSON.objectNode().set("$ref", reference));
    }
    ObjectNode described = JSON.objectNode().put("description", text);
    described.setAll(property);
    property.removeAll();
    property.setAll(described);
  }
}
