package kz.cites.permit.review.persistence;

import jakarta.persistence.Converter;
import kz.cites.permit.JsonColumn;
import kz.cites.permit.review.domain.CheckResults;

/** A case's check outcomes as the JSON list of the event contract's {@code CheckResult}s. */
@Converter(autoApply = true)
class CheckResultsConverter extends JsonColumn<CheckResults> {

  CheckResultsConverter() {
    super(CheckResults.class);
  }
}
