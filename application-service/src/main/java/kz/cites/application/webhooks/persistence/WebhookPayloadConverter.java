package kz.cites.application.webhooks.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kz.cites.application.webhooks.domain.WebhookPayload;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a delivery's body as the JSON text that is sent (column type json, which keeps the text as
 * written): written once when the change is queued, the same bytes at every attempt.
 */
@Converter(autoApply = true)
class WebhookPayloadConverter implements AttributeConverter<WebhookPayload, String> {

  // Own mapper: what a receiver gets must not change with the web layer's JSON settings.
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Override
  public String convertToDatabaseColumn(WebhookPayload payload) {
    return payload == null ? null : JSON.writeValueAsString(payload);
  }

  @Override
  public WebhookPayload convertToEntityAttribute(String json) {
    return json == null ? null : JSON.readValue(json, WebhookPayload.class);
  }
}
