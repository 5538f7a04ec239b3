package kz.cites.application.cabinet.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import kz.cites.application.cabinet.domain.NotificationArguments;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A notification's arguments as a JSON object of strings (column type jsonb). */
@Converter(autoApply = true)
class NotificationArgumentsConverter implements AttributeConverter<NotificationArguments, String> {

  // Own mapper: the stored form must not change with the web layer's JSON settings.
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, String>> OBJECT = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(NotificationArguments arguments) {
    return JSON.writeValueAsString(arguments == null ? Map.of() : arguments.values());
  }

  @Override
  public NotificationArguments convertToEntityAttribute(String json) {
    return json == null
        ? NotificationArguments.none()
        : new NotificationArguments(JSON.readValue(json, OBJECT));
  }
}
