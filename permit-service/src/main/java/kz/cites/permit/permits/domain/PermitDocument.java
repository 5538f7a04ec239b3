package kz.cites.permit.permits.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitType;

/**
 * The permit as the signed document carries it, box by box of the CITES form (Res. Conf. 12.3,
 * Annex 2): 1 number and type, 2 valid until, 3 importer, 4 exporter, 5 special conditions, 5a
 * purpose, 5b security stamp (the security code), 6 issuing authority, 7-12 the specimen lines
 * (scientific name, term, marks, source, quantity and unit, origin and its permit), 13 issue place,
 * date and officer. Box 14 (customs endorsement) is added at the border, not here.
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
    String verificationUrl) {

  public static final String DOCUMENT_TYPE = "CITES_PERMIT";
}
