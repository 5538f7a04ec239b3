package kz.cites.permit.permits.persistence;

import jakarta.persistence.Converter;
import kz.cites.permit.JsonColumn;
import kz.cites.permit.permits.domain.Endorsement;

/** A permit's customs endorsement (box 14) as the JSON of {@link Endorsement}. */
@Converter(autoApply = true)
class EndorsementConverter extends JsonColumn<Endorsement> {

  EndorsementConverter() {
    super(Endorsement.class);
  }
}
