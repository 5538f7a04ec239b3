package kz.cites.application.intake.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.cites.application.intake.domain.ApplicationContent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an application's content as the JSON of the API contract (column type jsonb), so the
 * content can evolve without a migration for every new field.
 */
@Converter(autoApply = true)
class ApplicationContentConverter implements AttributeConverter<ApplicationContent, String> {

  // Own mapper: the stored form must not change with the web layer's JSON settings, and content
  // stored by a later version (with more fields) must stay readable.
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Override
  public String convertToDatabaseColumn(ApplicationContent content) {
    return content == null ? null : JSON.writeValueAsString(content);
  }

  @Override
  public ApplicationContent convertToEntityAttribute(String json) {
    return json == null ? null : JSON.readValue(json, ApplicationContent.class);
  }
}
