package kz.cites.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Says truthfully which members of the services' records may be null (issue 16): a generated client
 * must not type as a plain {@code string} a member the service sends as {@code null}.
 *
 * <ul>
 *   <li>A component annotated {@code @Nullable} (JSpecify's, or any annotation of that name) may be
 *       null: {@code nullable}, not required.
 *   <li>In a record, or a package, marked {@code @NullMarked} every other component is never null:
 *       {@code required}.
 *   <li>Elsewhere a primitive is required, a component the annotations already require stays so,
 *       and every other one is {@code nullable} (it may be sent as null, or left out).
 * </ul>
 *
 * Applies to the records of {@code kz.cites}; a nullable reference to another schema becomes {@code
 * allOf: [$ref]} with {@code nullable} (OpenAPI 3.0 ignores siblings of a {@code $ref}).
 */
public class NullnessConverter implements ModelConverter {

  /** Schema name -> the type it stands for, of the document being resolved. */
  private static final Map<String, Class<?>> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

  /** Two types that would share one schema name. */
  static final java.util.Set<String> COLLISIONS =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  @Override
  public Schema resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    if (!chain.hasNext()) {
      return null;
    }
    Schema<?> resolved = chain.next().resolve(type, context, chain);
    Class<?> raw = rawClass(type.getType());
    if (resolved == null || raw == null || !raw.getName().startsWith("kz.")) {
      return resolved;
    }
    if (resolved.get$ref() != null) {
      // two types of one simple name would share (and overwrite) one schema: refuse it
      String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
      Class<?> before = NAMES.putIfAbsent(name, raw);
      if (before != null && before != raw) {
        // springdoc swallows an exception here, so ApiDocumentation fails the document instead
        COLLISIONS.add(
            "OpenAPI schema "
                + name
                + " would stand for both "
                + before.getName()
                + " and "
                + raw.getName()
                + ": give one of them @Schema(name = ...)");
      }
    }
    if (!raw.isRecord()) {
      return resolved;
    }
    Schema<?> model = resolved;
    if (resolved.get$ref() != null) {
      String ref = resolved.get$ref();
      model = context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (model != null && model.getProperties() != null) {
      apply(raw, model);
    }
    return resolved;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  static void apply(Class<?> record, Schema<?> model) {
    boolean marked = nullMarked(record);
    Map<String, Schema> properties = new LinkedHashMap<>(model.getProperties());
    for (RecordComponent component : record.getRecordComponents()) {
      String name = jsonName(component);
      Schema property = properties.get(name);
      if (property == null) {
        continue;
      }
      List<String> required = model.getRequired() == null ? List.of() : model.getRequired();
      if (nullable(component)) {
        if (required.contains(name)) {
          List<String> rest = new ArrayList<>(required);
          rest.remove(name);
          model.setRequired(rest.isEmpty() ? null : rest);
        }
        properties.put(name, nullable(property));
      } else if (marked || component.getType().isPrimitive()) {
        if (!required.contains(name)) {
          model.addRequiredItem(name);
        }
      } else if (!required.contains(name)) {
        properties.put(name, nullable(property));
      }
    }
    model.setProperties((Map) properties);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema nullable(Schema property) {
    boolean v31 = property.getSpecVersion() == SpecVersion.V31;
    if (property.get$ref() != null) {
      if (v31) {
        Schema wrapper = new Schema().specVersion(SpecVersion.V31);
        wrapper.addAnyOfItem(new Schema().specVersion(SpecVersion.V31).$ref(property.get$ref()));
        Schema none = new Schema().specVersion(SpecVersion.V31);
        none.addType("null");
        wrapper.addAnyOfItem(none);
        wrapper.setDescription(property.getDescription());
        wrapper.setReadOnly(property.getReadOnly());
        wrapper.setWriteOnly(property.getWriteOnly());
        wrapper.setDeprecated(property.getDeprecated());
        return wrapper;
      }
      ComposedSchema wrapper = new ComposedSchema();
      wrapper.addAllOfItem(new Schema<>().$ref(property.get$ref()));
      wrapper.setNullable(true);
      wrapper.setDescription(property.getDescription());
      wrapper.setExample(property.getExample());
      return wrapper;
    }
    if (v31) {
      if (property.getTypes() == null && property.getType() != null) {
        property.addType(property.getType());
      }
      if (property.getTypes() != null && !property.getTypes().contains("null")) {
        property.addType("null");
      }
    } else {
      property.setNullable(true);
    }
    return property;
  }

  private static boolean nullable(RecordComponent component) {
    return named(component.getAnnotatedType().getAnnotations(), "Nullable")
        || named(component.getAccessor().getAnnotations(), "Nullable")
        || named(component.getAnnotations(), "Nullable")
        || swaggerNullable(component);
  }

  private static boolean swaggerNullable(RecordComponent component) {
    io.swagger.v3.oas.annotations.media.Schema schema =
        component.getAccessor().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
    if (schema == null) {
      schema = component.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
    }
    return schema != null && schema.nullable();
  }

  private static boolean nullMarked(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (named(c.getAnnotations(), "NullMarked")) {
        return true;
      }
    }
    Package pkg = type.getPackage();
    return pkg != null && named(pkg.getAnnotations(), "NullMarked");
  }

  private static boolean named(Annotation[] annotations, String simpleName) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  private static String jsonName(RecordComponent component) {
    for (AnnotatedElement element : new AnnotatedElement[] {component.getAccessor(), component}) {
      JsonProperty property = element.getAnnotation(JsonProperty.class);
      if (property != null && !property.value().isEmpty()) {
        return property.value();
      }
    }
    return component.getName();
  }

  private static Class<?> rawClass(Type type) {
    try {
      return Json.mapper().constructType(type).getRawClass();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
