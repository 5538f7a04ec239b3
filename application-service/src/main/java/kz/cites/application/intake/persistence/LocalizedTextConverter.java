package kz.cites.application.intake.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.cites.events.LocalizedText;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A text another service wrote in every language, as the JSON of its record (column type jsonb):
 * {@code {"kk": .., "ru": .., "en": ..}}.
 */
@Converter(autoApply = true)
class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

  // Own mapper: the stored form must not change with the web layer's JSON settings.
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Override
  public String convertToDatabaseColumn(LocalizedText text) {
    return text == null ? null : JSON.writeValueAsString(text);
  }

  @Override
  public LocalizedText convertToEntityAttribute(String json) {
    return json == null ? null : JSON.readValue(json, LocalizedText.class);
  }
}
