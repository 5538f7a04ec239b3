package kz.cites.permit.permits.persistence;

import jakarta.persistence.Converter;
import kz.cites.permit.JsonColumn;
import kz.cites.permit.permits.domain.ImportConfirmation;

/** A permit's import confirmation by the importing country as the JSON of the record. */
@Converter(autoApply = true)
class ImportConfirmationConverter extends JsonColumn<ImportConfirmation> {

  ImportConfirmationConverter() {
    super(ImportConfirmation.class);
  }
}
