package kz.cites.permit.review.persistence;

import jakarta.persistence.Converter;
import kz.cites.events.LocalizedText;
import kz.cites.permit.JsonColumn;

/** A text in every language as the JSON of its record: {@code {"kk": .., "ru": .., "en": ..}}. */
@Converter(autoApply = true)
class LocalizedTextConverter extends JsonColumn<LocalizedText> {

  LocalizedTextConverter() {
    super(LocalizedText.class);
  }
}
