package kz.cites.permit.permits.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitType;

/**
 * The permit as the signed document carries it, box by box of the CITES standard form (Res. Conf.
 * 12.3 (Rev. CoP19), Annex 2). Its member names are a contract for machines (customs, trading
 * partners' authorities): extend, never rename.
 *
 * <ul>
 *   <li>1 {@code number} and {@code type}; 2 {@code validUntil}; 3 {@code importer}; 4 {@code
 *       exporter}; 5 {@code specialConditions}; 5a {@code purposeCode}; 5b {@code
 *       securityStampNumber} (the security code of the public verification);
 *   <li>6 {@code issuingAuthority} and {@code issuingAuthorityAddress} (the country is Kazakhstan);
 *       the authority's seal is the JWS that carries this payload, sealed with its NCA certificate
 *       ({@code x5c}), so it is printed from the JWS, not written in here;
 *   <li>7-12b the {@code specimens}, one line each: 7/8 {@code scientificName}, {@code
 *       commonNames}; 9 {@code termCode}, {@code marks}, {@code sex}, {@code age}; 10 {@code
 *       appendix} (and {@code treatedAsAppendix}), {@code sourceCode}; 11 {@code quantity}, {@code
 *       unitCode}; 12 {@code countryOfOrigin}, {@code originPermit}; 12a {@code lastReExport}; 12b
 *       {@code breedingOperationNumber}. 11a {@code exportQuotas}: for each line an export quota
 *       covers, the quota's running total after this permit, of the quota, for the year (ADR 0016);
 *       absent when no quota covers a line;
 *   <li>13 {@code issuePlace}, {@code issuedOn} ({@code issuedAt}), {@code issuedByName} (the
 *       issuing officer's name, or the authority's under auto-approval; null for an officer whose
 *       token named nobody) and {@code issuedBy} (the actor: the officer's IIN or {@code system});
 *       the signature is the detached CMS of the same bytes;
 *   <li>14, the export endorsement, is made by customs at the border, not here; 15 {@code
 *       waybillNumber}, the bill of lading or air waybill, when the applicant knew it.
 * </ul>
 *
 * {@code issuingAuthorityAddress}, {@code issuedByName} and {@code waybillNumber} were added in
 * issue 14 and are absent from permits signed before; {@code exportQuotas} in issue 19.
 */
public record PermitDocument(
    String documentType,
    String number,
    PermitType type,
    LocalDate validUntil,
    PermitForm.Party importer,
    PermitForm.Party exporter,
    String specialConditions,
    String purposeCode,
    String securityStampNumber,
    String issuingAuthority,
    List<ApplicationSnapshot.Specimen> specimens,
    String issuePlace,
    Instant issuedAt,
    LocalDate issuedOn,
    String issuedBy,
    String registrationNumber,
    String verificationUrl,
    String issuingAuthorityAddress,
    String issuedByName,
    String waybillNumber,
    // left out rather than null when no quota covers a line, so a permit without one signs the
    // same bytes as before quotas existed
    @JsonInclude(JsonInclude.Include.NON_NULL) List<QuotaTotal> exportQuotas) {

  public static final String DOCUMENT_TYPE = "CITES_PERMIT";

  /**
   * Box 11a of line {@code line} (from 1, in the order of {@code specimens}): {@code exported} of
   * the {@code quota} of {@code year}, this permit included, in {@code unitCode} (null: specimens).
   */
  public record QuotaTotal(
      int line, int year, BigDecimal exported, BigDecimal quota, String unitCode) {}
}
