package kz.cites.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of a submitted application as other services need it: the applicant for the checks
 * and the fee, everything else for the permit's form boxes. Immutable once submitted.
 */
public record ApplicationSnapshot(
    PermitType permitType,
    Applicant applicant,
    String purposeCode,
    Party counterparty,
    List<Specimen> specimens,
    Transport transport,
    boolean personalDataConsent) {

  public record Applicant(
      ApplicantType type,
      String iin,
      String bin,
      String name,
      String address,
      String phone,
      String email) {

    /** The payer id the duty must come from: the company's BIN, or the person's IIN. */
    public String payerId() {
      return type == ApplicantType.LEGAL_ENTITY ? bin : iin;
    }
  }

  public enum ApplicantType {
    INDIVIDUAL,
    ENTREPRENEUR,
    LEGAL_ENTITY
  }

  public record Party(String name, String address, String countryCode) {}

  public record Specimen(
      String scientificName,
      String termCode,
      BigDecimal quantity,
      String unitCode,
      String sourceCode,
      String countryOfOrigin,
      OriginPermit originPermit,
      String huntingPermitNumber,
      String marks) {

    /** Taken from the wild in Kazakhstan: a hunting permit must cover it. */
    public boolean wildFromKazakhstan() {
      return SpecimenOrigin.wildFromKazakhstan(sourceCode, countryOfOrigin);
    }
  }

  public record OriginPermit(String number, String country, LocalDate issuedOn) {}

  public record Transport(String borderCrossing, LocalDate plannedDate) {}
}
