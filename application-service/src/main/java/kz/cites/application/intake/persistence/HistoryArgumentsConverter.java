package kz.cites.application.intake.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import kz.cites.application.intake.domain.HistoryArguments;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A history entry's arguments as a JSON object of strings (column type jsonb). */
@Converter(autoApply = true)
class HistoryArgumentsConverter implements AttributeConverter<HistoryArguments, String> {

  // Own mapper: the stored form must not change with the web layer's JSON settings.
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, String>> OBJECT = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(HistoryArguments arguments) {
    return JSON.writeValueAsString(arguments == null ? Map.of() : arguments.values());
  }

  @Override
  public HistoryArguments convertToEntityAttribute(String json) {
    return json == null
        ? HistoryArguments.none()
        : new HistoryArguments(JSON.readValue(json, OBJECT));
  }
}
