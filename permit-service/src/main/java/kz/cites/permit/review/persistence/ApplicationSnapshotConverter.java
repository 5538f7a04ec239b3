package kz.cites.permit.review.persistence;

import jakarta.persistence.Converter;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.permit.JsonColumn;

/** A case's application as the JSON of the event contract's {@link ApplicationSnapshot}. */
@Converter(autoApply = true)
class ApplicationSnapshotConverter extends JsonColumn<ApplicationSnapshot> {

  ApplicationSnapshotConverter() {
    super(ApplicationSnapshot.class);
  }
}
