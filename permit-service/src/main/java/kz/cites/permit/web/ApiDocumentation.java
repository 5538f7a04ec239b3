package kz.cites.permit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Map;
import kz.cites.web.ProblemCatalogue;
import kz.cites.web.SchemaDescriptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What permit-service's OpenAPI says beyond the annotations and platform/web's shared setup: the
 * problem catalogue with its extension members.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  @Bean
  ProblemCatalogue problemCatalogue() {
    return ProblemCatalogue.of(ApiProblem.class, ProblemMembers.class);
  }

  /** Descriptions of the schemas without a {@code @Schema} description of their own. */
  @Bean
  SchemaDescriptions schemaDescriptions() {
    return new SchemaDescriptions(
        Map.ofEntries(
            Map.entry(
                "DecisionRequest",
                "An officer's decision on a case in review: APPROVE, or REFUSE with grounds and reason"),
            Map.entry(
                "MeetingRequest", "An invitation of the applicant to a meeting during the hearing"),
            Map.entry("Answer", "The applicant's answer in the hearing of a preliminary refusal"),
            Map.entry("Applicant", "The applicant as the application names them"),
            Map.entry(
                "ApplicationSnapshot",
                "The application as it was submitted (the content of ApplicationSubmitted)"),
            Map.entry(
                "CaseView",
                "A review case: the application, the checks with their evidence, the fee, the hearing and the decision"),
            Map.entry("CheckResult", "The outcome of one registry check with its evidence"),
            Map.entry(
                "CommonNames",
                "The common names of a species in Kazakh, Russian and English, from the checklist"),
            Map.entry(
                "DecisionView",
                "The decision of a case: verdict, grounds, reason, who decided and when"),
            Map.entry("Document", "A document of the application package"),
            Map.entry("Fee", "The duty of the application as fee-service judged it"),
            Map.entry(
                "HearingView",
                "The hearing of a preliminary refusal: grounds notified, deadline, the applicant's answer"),
            Map.entry("Meeting", "A meeting the applicant is invited to during the hearing"),
            Map.entry(
                "OriginPermit",
                "The permit of the country of origin (number, country, date of issue)"),
            Map.entry("Party", "The importer or exporter named in the application"),
            Map.entry("PaymentReceipt", "A payment receipt found for the application"),
            Map.entry(
                "ReExportCertificate",
                "The certificate of the country of last re-export (number, country, date of issue)"),
            Map.entry("Specimen", "A specimen line of the application"),
            Map.entry("Transport", "How and when the specimens cross the border"),
            Map.entry("WithdrawalView", "The applicant's withdrawal of the application"),
            Map.entry(
                "CancellationRequest",
                "An officer's cancellation of a valid permit, with the reason"),
            Map.entry("Cancellation", "The cancellation of a permit: who, when and why"),
            Map.entry("PermitView", "An issued permit with every box of the CITES form"),
            Map.entry(
                "EndorsementBody",
                "What a customs officer states at the border: the quantity shipped per line, the"
                    + " border crossing, the date and the customs declaration"),
            Map.entry(
                "LineBody",
                "A quantity stated of one permit line (shipped at the border, received by the"
                    + " importing country): its number from 1 and the quantity"),
            Map.entry(
                "EndorsementView",
                "Box 14 as customs endorsed it, with the signed endorsement (compact JWS)"),
            Map.entry(
                "ConsignmentLine",
                "One permit line with the quantity shipped or received: its number, taxon,"
                    + " quantity and unit (null: specimens)"),
            Map.entry(
                "ConfirmationBody",
                "What the importing country's authority answers for a permit's consignment:"
                    + " confirmed or refused, the quantity received per line, the date and its own"
                    + " import permit"),
            Map.entry(
                "ImportConfirmation",
                "The importing country's answer through the e-permit exchange, as kept on the"
                    + " permit (ADR 0018)"),
            Map.entry(
                "LocalizedText",
                "One text in Kazakh, Russian and English; a language left null reads as Russian"),
            Map.entry("QueueItem", "A case in the officer queue, with its due date"),
            Map.entry(
                "DocumentCheck",
                "Who signed a document and whether its signatures hold now against the NCA root"),
            Map.entry("Sealer", "The authority's seal certificate that sealed the JWS"),
            Map.entry(
                "Signer",
                "Who signed a document with their NCA certificate: an officer or the authority"),
            Map.entry("SpecimenLine", "A specimen line of a permit as the public check shows it"),
            Map.entry("Verification", "The public check of a permit by number and security code"),
            Map.entry(
                "Verdict",
                "Whether one signature of a document holds now against the NCA root, and why"
                    + " not when it does not"),
            Map.entry("Entry", "One entry of the audit trail of a permit: who did what, and when"),
            Map.entry(
                "NewQuota",
                "A new export quota: year, taxon as the checklist writes it, source, term, unit"
                    + " (none: specimens), quantity and what it was set from"),
            Map.entry("QuotaChangeBody", "A change of an export quota's quantity, unit or basis"),
            Map.entry(
                "QuotaView",
                "An export quota with its use: consumed, remaining and the permit lines that"
                    + " took from it; with its audit trail when read alone"),
            Map.entry(
                "QuotaUse",
                "One permit line that took from an export quota; returnedAt once the permit was"
                    + " cancelled and the quantity went back"),
            Map.entry(
                "QuotaChange",
                "One entry of an export quota's audit trail: who set or changed it, when, the old"
                    + " and new quantity and unit, and the basis")));
  }

  /** The extension members of permit-service's problems, for the OpenAPI only. */
  @Schema(
      name = "PermitProblemMembers",
      description = "Extension members of permit-service's problems")
  record ProblemMembers(
      @Schema(
              description =
                  "not-found, case-already-decided, case-not-in-review, case-withdrawn,"
                      + " hearing-in-progress: the application (review case) concerned",
              example = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31",
              format = "uuid")
          String applicationId,
      @Schema(
              description =
                  "case-already-decided, case-not-in-review, case-withdrawn, hearing-in-progress:"
                      + " the case's status (RFC 9457's status is the HTTP status)",
              example = "APPROVED")
          String caseStatus,
      @Schema(
              description = "hearing-in-progress: until when the applicant may still answer",
              example = "2026-09-02T13:00:00Z",
              format = "date-time")
          String answerBy,
      @Schema(
              description = "not-found, permit-not-cancellable: the permit number concerned",
              example = "26KZ000001")
          String number,
      @Schema(description = "permit-not-cancellable: the permit's status", example = "CANCELLED")
          String permitStatus,
      @Schema(
              description =
                  "quota-exists, quota-below-consumed, quota-unit-in-use, export-quota-exceeded:"
                      + " the export quota concerned",
              example = "7")
          Long quotaId,
      @Schema(
              description = "quota-below-consumed: what issued permits have taken of the quota",
              example = "12")
          BigDecimal consumed,
      @Schema(
              description = "quota-unit-in-use: the quota's unit (null: specimens)",
              example = "KIL")
          String unitCode,
      @Schema(
              description = "export-quota-exceeded: what the export asks of the quota",
              example = "3")
          BigDecimal requested,
      @Schema(description = "export-quota-exceeded: what is left of the quota", example = "1")
          BigDecimal remaining,
      @Schema(
              description =
                  "officer-signature-refused, signature-service-unavailable: the IIN of the"
                      + " officer whose signature was asked for",
              example = "860606407353")
          String officer) {}
}
