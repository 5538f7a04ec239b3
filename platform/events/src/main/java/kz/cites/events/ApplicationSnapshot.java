package kz.cites.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The content of a submitted application as other services need it: the applicant for the checks
 * and the fee, everything else for the permit's form boxes (CITES standard form, Res. Conf. 12.3
 * (Rev. CoP19), Annex 2). Immutable once submitted.
 */
public record ApplicationSnapshot(
    PermitType permitType,
    Applicant applicant,
    String purposeCode,
    Party counterparty,
    List<Specimen> specimens,
    @Nullable Transport transport,
    boolean personalDataConsent) {

  public record Applicant(
      ApplicantType type,
      @Nullable String iin,
      @Nullable String bin,
      String name,
      @Nullable String address,
      @Nullable String phone,
      @Nullable String email) {

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

  public record Party(String name, @Nullable String address, String countryCode) {}

  /**
   * One specimen line. {@code takenOn} and {@code animalCount} (added in issue 12) describe a
   * specimen taken from the wild: the day it was taken (the hunting permit must be valid on that
   * day, whenever the specimen is exported) and how many animals the line's specimens come from
   * (the skin and the skull of one argali are one animal; a hunting permit counts animals). Intake
   * requires both for a line taken from the wild in Kazakhstan; they are null on other lines and in
   * events published before.
   *
   * <p>Added in issue 14 for the permit's form boxes, all null in events published before:
   * appendix, treatedAsAppendix, commonNames, sex, age, lastReExport, breedingOperationNumber.
   *
   * @param scientificName box 7: the taxon as the checklist names it, e.g. Falco cherrug
   * @param termCode the CITES term code of the specimens, e.g. LIV (live), TRO (trophy), SKI
   * @param quantity box 11: how many, in {@code unitCode}
   * @param unitCode the CITES unit code; null when the quantity counts specimens
   * @param sourceCode box 10: the CITES source code, e.g. W (wild), C, D
   * @param countryOfOrigin box 12: ISO 3166 alpha-2 code of the country of origin
   * @param originPermit box 12: the permit of the country of origin; required on a re-export
   * @param huntingPermitNumber the Kazakh hunting permit of a line taken from the wild (W) in
   *     Kazakhstan (KZ); null on other lines
   * @param marks box 9: marks, rings, microchips or labels identifying the specimens
   * @param takenOn the day the specimens were taken from the wild (Kazakhstan date): the hunting
   *     permit must be valid on this day, whenever they are exported; required by intake for a line
   *     taken from the wild in Kazakhstan, null on other lines and in events published before
   * @param animalCount how many animals the line's specimens come from (a hunting permit counts
   *     animals, not parts); at least 1 and, when {@code unitCode} is null, at most the quantity;
   *     null as {@code takenOn}
   * @param appendix box 10: the CITES appendix (I, II, III) the checklist lists the line's species
   *     (or population) in on the day of submission; never the applicant's claim
   * @param treatedAsAppendix the appendix the Convention treats the line under: {@code appendix},
   *     except Appendix I bred by a registered operation (source D), treated as II (Art. VII.4)
   * @param commonNames box 8: the species' common names as the checklist gives them
   * @param sex box 9, live animals: the sex of the line's specimens as the applicant gave it
   * @param age box 9, live animals: their age as the applicant gave it
   * @param lastReExport box 12a: the country that last re-exported the specimens, its re-export
   *     certificate's number and date (on a re-export certificate, or on an import of specimens the
   *     exporting country re-exports)
   * @param breedingOperationNumber box 12b: the number of the captive-breeding operation (for
   *     source D, its registration with the CITES Secretariat) or the breeder's establishment, when
   *     known
   */
  public record Specimen(
      String scientificName,
      String termCode,
      BigDecimal quantity,
      @Nullable String unitCode,
      String sourceCode,
      String countryOfOrigin,
      @Nullable OriginPermit originPermit,
      @Nullable String huntingPermitNumber,
      @Nullable String marks,
      @Nullable LocalDate takenOn,
      @Nullable Integer animalCount,
      @Nullable String appendix,
      @Nullable String treatedAsAppendix,
      @Nullable CommonNames commonNames,
      @Nullable String sex,
      @Nullable String age,
      @Nullable ReExportCertificate lastReExport,
      @Nullable String breedingOperationNumber) {

    /** A line of the shape before issue 14 (the form's fields absent), as older producers make. */
    public Specimen(
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
      this(
          scientificName,
          termCode,
          quantity,
          unitCode,
          sourceCode,
          countryOfOrigin,
          originPermit,
          huntingPermitNumber,
          marks,
          takenOn,
          animalCount,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }

    /** Taken from the wild in Kazakhstan: a hunting permit must cover it. */
    public boolean wildFromKazakhstan() {
      return SpecimenOrigin.wildFromKazakhstan(sourceCode, countryOfOrigin);
    }
  }

  /**
   * The CITES permit of the country of origin (box 12): on a re-export certificate the export
   * permit under which the specimens left their country of origin; on an import the exporting
   * country's permit.
   *
   * @param number the permit's number as the issuing country wrote it
   * @param country ISO 3166 alpha-2 code of the issuing country
   * @param issuedOn the date of issue
   */
  public record OriginPermit(String number, String country, LocalDate issuedOn) {}

  /** A re-export certificate of another country (box 12a): its number, country and date. */
  public record ReExportCertificate(String number, String country, LocalDate issuedOn) {}

  /**
   * A species' common names by language, as the checklist holds them; each may be absent or hold
   * several names separated by "; ".
   */
  public record CommonNames(@Nullable String kk, @Nullable String ru, @Nullable String en) {}

  /**
   * How the specimens cross the border, as the applicant planned it.
   *
   * @param borderCrossing the border crossing point, e.g. Astana airport
   * @param plannedDate the day the specimens are planned to cross
   * @param waybillNumber box 15 (added in issue 14): the number of the bill of lading or air
   *     waybill; often unknown when applying, so null then and in events published before
   */
  public record Transport(
      @Nullable String borderCrossing,
      @Nullable LocalDate plannedDate,
      @Nullable String waybillNumber) {

    /** Transport of the shape before issue 14, without a waybill number. */
    public Transport(String borderCrossing, LocalDate plannedDate) {
      this(borderCrossing, plannedDate, null);
    }
  }
}
