package kz.cites.permit.permits.domain;

import java.util.List;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitType;
import kz.cites.events.SpecimenOrigin;

/**
 * The form boxes taken from the application: importer (box 3), exporter or re-exporter (box 4),
 * purpose (5a) and the specimens (7-12). The applicant is the importer of an import permit and the
 * exporter of an export permit or re-export certificate; the counterparty is the other side.
 */
public record PermitForm(
    Party importer,
    Party exporter,
    String purposeCode,
    List<ApplicationSnapshot.Specimen> specimens) {

  /** A party of the trade as printed on the permit. */
  public record Party(String name, String address, String countryCode) {}

  public static PermitForm of(ApplicationSnapshot application) {
    Party applicant =
        new Party(
            application.applicant().name(),
            application.applicant().address(),
            SpecimenOrigin.KAZAKHSTAN);
    ApplicationSnapshot.Party other = application.counterparty();
    Party counterparty =
        other == null ? null : new Party(other.name(), other.address(), other.countryCode());
    boolean importing = application.permitType() == PermitType.IMPORT;
    return new PermitForm(
        importing ? applicant : counterparty,
        importing ? counterparty : applicant,
        application.purposeCode(),
        application.specimens() == null ? List.of() : List.copyOf(application.specimens()));
  }
}
