package kz.cites.floor;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** As application-service's ApplicationContentConverter: the content as JSON, its own mapper. */
@Converter
class ContentConverter implements AttributeConverter<Submission.Content, String> {

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Override
  public String convertToDatabaseColumn(Submission.Content content) {
    return content == null ? null : JSON.writeValueAsString(content);
  }

  @Override
  public Submission.Content convertToEntityAttribute(String json) {
    return json == null ? null : JSON.readValue(json, Submission.Content.class);
  }
}
