package kz.cites.permit;

import jakarta.persistence.AttributeConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How permit-service keeps a value in a {@code jsonb} column: as the JSON of the value's record, so
 * the entities hold typed values and nobody parses the column again. Each feature's persistence
 * package has one {@code @Converter(autoApply = true)} subclass per value type.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

  // Own mapper: the stored form must not change with the web layer's JSON settings, and values
  // stored by a later version (with more fields) must stay readable.
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Class<T> type;

  protected JsonColumn(Class<T> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(T value) {
    return value == null ? null : JSON.writeValueAsString(value);
  }

  @Override
  public T convertToEntityAttribute(String json) {
    return json == null ? null : JSON.readValue(json, type);
  }
}
