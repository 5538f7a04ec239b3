package kz.cites.permit.review.persistence;

import jakarta.persistence.Converter;
import kz.cites.permit.JsonColumn;
import kz.cites.permit.review.domain.Hearing;

/** A case's hearing as the JSON of its record. */
@Converter(autoApply = true)
class HearingConverter extends JsonColumn<Hearing> {

  HearingConverter() {
    super(Hearing.class);
  }
}
