package kz.cites.application.intake.domain;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitType;

/**
 * What the applicant fills in: the draft body of the API contract (field names fixed by it) and the
 * content of {@link ApplicationSnapshot} once submitted. Codes stay strings here so each bad code
 * is reported against its own field.
 */
@Schema(
    description =
        "The draft body: what the applicant fills in. Field names are fixed by the contract;"
            + " codes are the CITES codes of Res. Conf. 12.3 and ISO 3166-1 alpha-2 countries.")
public record ApplicationContent(
    @Schema(
            description = "The kind of permit applied for",
            example = "EXPORT",
            requiredMode = RequiredMode.REQUIRED)
        @NotNull
        @CitesCode(CodeList.PERMIT_TYPE)
        String permitType,
    @Schema(
            description =
                "Who applies: the signed-in person, or the company (LEGAL_ENTITY) they act for",
            requiredMode = RequiredMode.REQUIRED)
        @NotNull
        @Valid
        Applicant applicant,
    @Schema(
            description =
                "Purpose of the transaction (CITES Res. Conf. 12.3): T commercial, Z zoo, G"
                    + " botanical garden, Q circus or travelling exhibition, S scientific, H"
                    + " hunting trophy, P personal, M medical, E educational, N reintroduction"
                    + " into the wild, B breeding in captivity, L law enforcement",
            example = "Z",
            requiredMode = RequiredMode.REQUIRED)
        @NotNull
        @CitesCode(CodeList.PURPOSE)
        String purposeCode,
    @Schema(
            description =
                "The other side of the trade: the importer on export and re-export, the exporter"
                    + " on import",
            requiredMode = RequiredMode.REQUIRED)
        @NotNull
        @Valid
        Party counterparty,
    @ArraySchema(
            arraySchema = @Schema(description = "The specimen lines, 1 to 100"),
            minItems = 1,
            maxItems = 100)
        @NotEmpty
        @Size(max = 100)
        List<@NotNull @Valid Specimen> specimens,
    @Schema(description = "How and when the specimens cross the border (optional)") @Valid
        Transport transport,
    @Schema(
            description =
                "Consent to the processing of personal data; without it the authority refuses"
                    + " (ground NO_PERSONAL_DATA_CONSENT)",
            example = "true",
            requiredMode = RequiredMode.REQUIRED)
        @NotNull
        Boolean personalDataConsent) {

  @Schema(description = "The applicant")
  @BinOfLegalEntity
  public record Applicant(
      @Schema(
              description =
                  "INDIVIDUAL (a person for themself), ENTREPRENEUR (an individual"
                      + " entrepreneur) or LEGAL_ENTITY (a company, with bin)",
              example = "INDIVIDUAL",
              requiredMode = RequiredMode.REQUIRED)
          @NotNull
          @CitesCode(CodeList.APPLICANT_TYPE)
          String type,
      @Schema(
              description =
                  "IIN of the signed-in person (12 digits, valid check digit); for a company the"
                      + " IIN of its head or attorney who applies",
              example = "811201401188",
              requiredMode = RequiredMode.REQUIRED)
          @NotNull
          @Iin
          String iin,
      @Schema(
              description =
                  "BIN of the company (12 digits, valid check digit): required for LEGAL_ENTITY,"
                      + " and then the token's bin",
              example = "940140000385")
          @Bin
          String bin,
      @Schema(
              description = "Full name of the person, or the company's name",
              example = "Abenova Aigerim Serikovna",
              requiredMode = RequiredMode.REQUIRED)
          @NotBlank
          @Size(max = 300)
          String name,
      @Schema(
              description = "Postal address",
              example = "Astana, Mangilik El 55, apt. 12",
              requiredMode = RequiredMode.REQUIRED)
          @NotBlank
          @Size(max = 500)
          String address,
      @Schema(description = "Telephone number", example = "+77011234567")
          @Size(max = 30)
          @Pattern(regexp = "\\+?[0-9 ()-]{5,30}")
          String phone,
      @Schema(description = "E-mail address", example = "abenova@example.kz")
          @Email
          @Size(max = 200)
          String email) {

    public boolean actsForLegalEntity() {
      return ApplicationSnapshot.ApplicantType.LEGAL_ENTITY.name().equals(type);
    }
  }

  @Schema(description = "The counterparty of the trade")
  public record Party(
      @Schema(
              description = "Name of the importer or exporter",
              example = "Tierpark Berlin-Friedrichsfelde GmbH",
              requiredMode = RequiredMode.REQUIRED)
          @NotBlank
          @Size(max = 300)
          String name,
      @Schema(
              description = "Its address",
              example = "Am Tierpark 125, 10319 Berlin",
              requiredMode = RequiredMode.REQUIRED)
          @NotBlank
          @Size(max = 500)
          String address,
      @Schema(
              description = "Its country, ISO 3166-1 alpha-2",
              example = "DE",
              requiredMode = RequiredMode.REQUIRED)
          @NotNull
          @CitesCode(CodeList.COUNTRY)
          String countryCode) {}

  /**
   * One specimen line. {@code appendix} is set by the service from the species checklist (any value
   * sent is ignored) and {@code scientificName} becomes the checklist's accepted name. {@code
   * sourceJustification} (source {@code U}) and {@code originalSourceCode} (source {@code O}) stay
   * within this service: the event snapshot does not carry them. {@code takenOn} and {@code
   * animalCount} (issue 12) say when the specimens were taken from the wild and from how many
   * animals: what the hunting registry's permit is judged against (domain.md section 5, "hunting
   * permits"); both may be absent from drafts stored before them.
   */
  @Schema(
      description =
          "One specimen line. Rules between its fields: source U needs sourceJustification;"
              + " source O goes with originalSourceCode (another source) and only O does; without"
              + " unitCode the quantity is a whole number of specimens and animalCount is at most"
              + " the quantity (each specimen comes from one animal).")
  @SpecimenRules
  public record Specimen(
      @Schema(
              description =
                  "Scientific name of a CITES-listed animal (accepted name or synonym, see GET"
                      + " /api/v1/species); the service replaces it by the accepted name",
              example = "Falco cherrug",
              requiredMode = RequiredMode.REQUIRED)
          @NotBlank
          @Size(max = 200)
          String scientificName,
      @Schema(
              description =
                  "What the specimens are, the term code of the CITES trade database guidelines"
                      + " (LIV live, SKI skins, TRO trophies, EGG eggs, CAV caviar, ...)",
              example = "LIV",
              requiredMode = RequiredMode.REQUIRED)
          @NotNull
          @CitesCode(CodeList.TERM)
          String termCode,
      @Schema(
              description =
                  "How many (more than 0, at most 1,000,000, 3 decimals); a whole number of"
                      + " specimens when unitCode is absent",
              example = "2",
              requiredMode = RequiredMode.REQUIRED)
          @NotNull
          @Positive
          @DecimalMax(MAX_QUANTITY)
          @Digits(integer = 12, fraction = 3)
          BigDecimal quantity,
      @Schema(
              description =
                  "Unit of the quantity (KIL kilograms, GRM grams, LTR litres, MTR metres, ...);"
                      + " absent: a number of specimens",
              example = "KIL")
          @CitesCode(CodeList.UNIT)
          String unitCode,
      @Schema(
              description =
                  "Source (CITES Res. Conf. 12.3): W wild, R ranched, D Appendix I bred for"
                      + " commerce, C bred in captivity, F born in captivity, I confiscated, O"
                      + " pre-Convention, U unknown, X from the sea outside any jurisdiction",
              example = "C",
              requiredMode = RequiredMode.REQUIRED)
          @NotNull
          @CitesCode(CodeList.SOURCE)
          String sourceCode,
      @Schema(
              description = "Country where the specimens were taken or bred, ISO 3166-1 alpha-2",
              example = "KZ",
              requiredMode = RequiredMode.REQUIRED)
          @NotNull
          @CitesCode(CodeList.COUNTRY)
          String countryOfOrigin,
      @Schema(
              description =
                  "The CITES permit of the country of origin (box 12): required on RE_EXPORT;"
                      + " on IMPORT the exporting country's permit")
          @Valid
          OriginPermit originPermit,
      @Schema(
              description =
                  "Number of the Kazakh hunting permit: required for wild specimens (W) from KZ",
              example = "HP-2026-000417")
          @Size(max = 50)
          String huntingPermitNumber,
      @Schema(
              description =
                  "The day the specimens were taken from the wild (Kazakhstan date, not in the"
                      + " future): required for wild specimens (W) from KZ. The hunting permit"
                      + " must be valid on this day, whenever the specimens are exported: a"
                      + " trophy taken in the season and exported after it is lawful",
              example = "2024-12-10")
          LocalDate takenOn,
      @Schema(
              description =
                  "How many animals the specimens of this line come from: required for wild"
                      + " specimens (W) from KZ; at least 1 and, without unitCode, at most the"
                      + " quantity. A hunting permit counts animals, not parts: the skin and the"
                      + " skull of one argali go on one line as quantity 2 with animalCount 1 (or"
                      + " as one trophy, TRO 1); the lines naming one permit are added up, so"
                      + " parts of the same animal on separate lines would count twice",
              types = "integer",
              format = "int32",
              example = "1",
              minimum = "1",
              maximum = MAX_QUANTITY)
          // a number as sent, so that a fraction is reported against this field, not truncated
          @Positive
          @DecimalMax(MAX_QUANTITY)
          @Digits(integer = 7, fraction = 0, message = "{constraint.animalCount.whole}")
          BigDecimal animalCount,
      @Schema(
              description = "Marks that identify the specimens: rings, microchips, tags",
              example = "closed rings KZ-2025-0041, KZ-2025-0042")
          @Size(max = 1000)
          String marks,
      @Schema(
              description = "Why the source is unknown: required with source U",
              example = "Bred by a private keeper who died; no papers on the parents survive")
          @Size(max = 2000)
          String sourceJustification,
      @Schema(
              description =
                  "With source O (pre-Convention) only: the source before the Convention applied",
              example = "W")
          @CitesCode(CodeList.SOURCE)
          String originalSourceCode,
      @Schema(
              accessMode = Schema.AccessMode.READ_ONLY,
              description = "CITES appendix from the checklist (I, II, III); set by the service",
              example = "II",
              allowableValues = {"I", "II", "III"})
          String appendix) {

    /**
     * The appendix the Convention treats this line under ({@link TreatedAppendix}): the
     * checklist's, except Appendix I bred by a registered operation (source D), which counts as II.
     */
    public String treatedAsAppendix() {
      return TreatedAppendix.of(appendix, sourceCode);
    }

    /** The line with the checklist's accepted name and appendix. */
    public Specimen listedAs(String acceptedName, String checklistAppendix) {
      return new Specimen(
          acceptedName,
          termCode,
          quantity,
          unitCode,
          sourceCode,
          countryOfOrigin,
          originPermit,
          huntingPermitNumber,
          takenOn,
          animalCount,
          marks,
          sourceJustification,
          originalSourceCode,
          checklistAppendix);
    }
  }

  /** A sane upper bound of one line (a million specimens, kilograms, ...). */
  public static final String MAX_QUANTITY = "1000000";

  /** The same content with other specimen lines. */
  public ApplicationContent withSpecimens(List<Specimen> newSpecimens) {
    return new ApplicationContent(
        permitType,
        applicant,
        purposeCode,
        counterparty,
        newSpecimens,
        transport,
        personalDataConsent);
  }

  @Schema(description = "A CITES permit or certificate issued by another country")
  public record OriginPermit(
      @Schema(
              description = "Its number as printed",
              example = "UZ-2026-E-001284",
              requiredMode = RequiredMode.REQUIRED)
          @NotBlank
          @Size(max = 35)
          String number,
      @Schema(
              description = "The issuing country, ISO 3166-1 alpha-2",
              example = "UZ",
              requiredMode = RequiredMode.REQUIRED)
          @NotNull
          @CitesCode(CodeList.COUNTRY)
          String country,
      @Schema(
              description = "Date of issue, not in the future (Kazakhstan date)",
              example = "2026-02-16",
              requiredMode = RequiredMode.REQUIRED)
          @NotNull
          LocalDate issuedOn) {}

  @Schema(description = "The planned transport")
  public record Transport(
      @Schema(
              description = "Where the specimens cross the Kazakh border",
              example = "Astana Nursultan Nazarbayev airport")
          @Size(max = 200)
          String borderCrossing,
      @Schema(
              description = "Planned date of the crossing: today or later (Kazakhstan date)",
              example = "2027-03-15")
          LocalDate plannedDate) {}

  /** The immutable content other services receive with {@code ApplicationSubmitted}. */
  public ApplicationSnapshot toSnapshot() {
    return new ApplicationSnapshot(
        PermitType.valueOf(permitType),
        new ApplicationSnapshot.Applicant(
            ApplicationSnapshot.ApplicantType.valueOf(applicant.type()),
            applicant.iin(),
            applicant.bin(),
            applicant.name(),
            applicant.address(),
            applicant.phone(),
            applicant.email()),
        purposeCode,
        new ApplicationSnapshot.Party(
            counterparty.name(), counterparty.address(), counterparty.countryCode()),
        specimens.stream()
            .map(
                s ->
                    new ApplicationSnapshot.Specimen(
                        s.scientificName(),
                        s.termCode(),
                        s.quantity(),
                        s.unitCode(),
                        s.sourceCode(),
                        s.countryOfOrigin(),
                        s.originPermit() == null
                            ? null
                            : new ApplicationSnapshot.OriginPermit(
                                s.originPermit().number(),
                                s.originPermit().country(),
                                s.originPermit().issuedOn()),
                        s.huntingPermitNumber(),
                        s.marks(),
                        s.takenOn(),
                        s.animalCount() == null ? null : s.animalCount().intValueExact()))
            .toList(),
        transport == null
            ? null
            : new ApplicationSnapshot.Transport(
                transport.borderCrossing(), transport.plannedDate()),
        Boolean.TRUE.equals(personalDataConsent));
  }
}
