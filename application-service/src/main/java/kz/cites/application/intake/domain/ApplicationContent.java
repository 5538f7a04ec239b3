package kz.cites.application.intake.domain;

import io.swagger.v3.oas.annotations.media.Schema;
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
public record ApplicationContent(
    @NotNull @CitesCode(CodeList.PERMIT_TYPE) String permitType,
    @NotNull @Valid Applicant applicant,
    @NotNull @CitesCode(CodeList.PURPOSE) String purposeCode,
    @NotNull @Valid Party counterparty,
    @NotEmpty @Size(max = 100) List<@NotNull @Valid Specimen> specimens,
    @Valid Transport transport,
    @NotNull Boolean personalDataConsent) {

  @BinOfLegalEntity
  public record Applicant(
      @NotNull @CitesCode(CodeList.APPLICANT_TYPE) String type,
      @NotNull @Iin String iin,
      @Bin String bin,
      @NotBlank @Size(max = 300) String name,
      @NotBlank @Size(max = 500) String address,
      @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()-]{5,30}") String phone,
      @Email @Size(max = 200) String email) {

    public boolean actsForLegalEntity() {
      return ApplicationSnapshot.ApplicantType.LEGAL_ENTITY.name().equals(type);
    }
  }

  public record Party(
      @NotBlank @Size(max = 300) String name,
      @NotBlank @Size(max = 500) String address,
      @NotNull @CitesCode(CodeList.COUNTRY) String countryCode) {}

  /**
   * One specimen line. {@code appendix} is set by the service from the species checklist (any value
   * sent is ignored) and {@code scientificName} becomes the checklist's accepted name. {@code
   * sourceJustification} (source {@code U}) and {@code originalSourceCode} (source {@code O}) stay
   * within this service: the event snapshot does not carry them.
   */
  @SpecimenRules
  public record Specimen(
      @NotBlank @Size(max = 200) String scientificName,
      @NotNull @CitesCode(CodeList.TERM) String termCode,
      @NotNull
          @Positive
          @DecimalMax(value = MAX_QUANTITY, message = "must be at most " + MAX_QUANTITY)
          @Digits(integer = 12, fraction = 3)
          BigDecimal quantity,
      @CitesCode(CodeList.UNIT) String unitCode,
      @NotNull @CitesCode(CodeList.SOURCE) String sourceCode,
      @NotNull @CitesCode(CodeList.COUNTRY) String countryOfOrigin,
      @Valid OriginPermit originPermit,
      @Size(max = 50) String huntingPermitNumber,
      @Size(max = 1000) String marks,
      @Size(max = 2000) String sourceJustification,
      @CitesCode(CodeList.SOURCE) String originalSourceCode,
      @Schema(
              accessMode = Schema.AccessMode.READ_ONLY,
              description = "CITES appendix from the checklist (I, II, III); set by the service")
          String appendix) {

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

  public record OriginPermit(
      @NotBlank @Size(max = 35) String number,
      @NotNull @CitesCode(CodeList.COUNTRY) String country,
      @NotNull LocalDate issuedOn) {}

  public record Transport(@Size(max = 200) String borderCrossing, LocalDate plannedDate) {}

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
                        s.marks()))
            .toList(),
        transport == null
            ? null
            : new ApplicationSnapshot.Transport(
                transport.borderCrossing(), transport.plannedDate()),
        Boolean.TRUE.equals(personalDataConsent));
  }
}
