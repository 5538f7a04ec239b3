package kz.cites.permit.permits.domain;

import java.util.List;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitType;
import kz.cites.events.SpecimenOrigin;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The form boxes taken from the application: importer (box 3), exporter or re-exporter (box 4),
 * purpose (5a), the specimens (7-12b) and the bill of lading or air waybill (15, {@code
 * waybillNumber}: null when the applicant did not know it, and in forms stored before issue 14).
 * The applicant is the importer of an import permit and the exporter of an export permit or
 * re-export certificate; the counterparty is the other side.
 */
public record PermitForm(
    Party importer,
    Party exporter,
    String purposeCode,
    List<ApplicationSnapshot.Specimen> specimens,
    String waybillNumber) {

  /**
   * A party of the trade as printed on the permit; {@code nameLatin} is the registry's Latin
   * transliteration of the applicant's name (null for the foreign counterparty, whose name is given
   * as it is written).
   */
  @io.swagger.v3.oas.annotations.media.Schema(
      name = "PermitParty",
      description = "Box 3 or 4 of the form: the importer or the (re-)exporter")
  @NullMarked
  public record Party(
      String name,
      @Nullable String nameLatin,
      @Nullable String address,
      @Nullable String countryCode) {}

  /**
   * The boxes of {@code application}, the applicant named as {@code registered} (the registry's
   * name; the name typed in the draft only for a case decided before the registries gave names).
   */
  public static PermitForm of(ApplicationSnapshot application, RegisteredName registered) {
    Party applicant =
        new Party(
            registered != null ? registered.name() : application.applicant().name(),
            registered != null ? registered.latin() : null,
            application.applicant().address(),
            SpecimenOrigin.KAZAKHSTAN);
    ApplicationSnapshot.Party other = application.counterparty();
    Party counterparty =
        other == null ? null : new Party(other.name(), null, other.address(), other.countryCode());
    boolean importing = application.permitType() == PermitType.IMPORT;
    return new PermitForm(
        importing ? applicant : counterparty,
        importing ? counterparty : applicant,
        application.purposeCode(),
        application.specimens() == null ? List.of() : List.copyOf(application.specimens()),
        application.transport() == null ? null : application.transport().waybillNumber());
  }
}
