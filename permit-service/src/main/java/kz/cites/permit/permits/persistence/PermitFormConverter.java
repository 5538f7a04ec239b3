package kz.cites.permit.permits.persistence;

import jakarta.persistence.Converter;
import kz.cites.permit.JsonColumn;
import kz.cites.permit.permits.domain.PermitForm;

/** A permit's form boxes as the JSON of {@link PermitForm}. */
@Converter(autoApply = true)
class PermitFormConverter extends JsonColumn<PermitForm> {

  PermitFormConverter() {
    super(PermitForm.class);
  }
}
