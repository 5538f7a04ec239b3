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

  /**
   * One specimen line. {@code takenOn} and {@code animalCount} (added in issue 12) describe a
   * specimen taken from the wild: the day it was taken (the hunting permit must be valid on that
   * day, whenever the specimen is exported) and how many animals the line's specimens come from
   * (the skin and the skull of one argali are one animal; a hunting permit counts animals). Intake
   * requires both for a line taken from the wild in Kazakhstan; they are null on other lines and in
   * events published before.
   */
  public record Specimen(
      String scientificName,
      String termCode,
      BigDecimal quantity,
      String unitCode,
      String sourceCode,
      String countryOfOrigin,
      OriginPermit originPermit,
      String huntingPermitNumber,
      String marks,
      LocalDate takenOn,
      Integer animalCount) {

    /** Taken from the wild in Kazakhstan: a hunting permit must cover it. */
    public boolean wildFromKazakhstan() {
      return SpecimenOrigin.wildFromKazakhstan(sourceCode, countryOfOrigin);
    }
  }

  public record OriginPermit(String number, String country, LocalDate issuedOn) {}

  public record Transport(String borderCrossing, LocalDate plannedDate) {}
}
