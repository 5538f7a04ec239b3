package kz.cites.fee.web;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.util.Map;
import kz.cites.web.ProblemCatalogue;
import kz.cites.web.SchemaDescriptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What fee-service's OpenAPI says beyond the annotations and platform/web's shared setup: the
 * problem catalogue with its extension members, and the payment gateway's HMAC scheme, the one
 * authentication of the payment notifications.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(
    name = ApiDocumentation.PAYMENT_GATEWAY_HMAC,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    paramName = "X-Signature",
    description =
        "The payment gateway's signature of a notification, instead of a bearer token:"
            + " `X-Signature: sha256=<hex of HMAC-SHA256(secret, \"<X-Timestamp>.<raw body>\")>`"
            + " with the shared secret (`cites.fee.notifications.secret`), and `X-Timestamp`: the"
            + " Unix seconds when it signed, at most 5 minutes from now. Both headers are required;"
            + " the body must be sent exactly as signed.")
class ApiDocumentation {

  static final String PAYMENT_GATEWAY_HMAC = "paymentGatewayHmac";

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
                "MciRequest",
                "The MCI of a year as the budget law sets it: value in tenge and the law as source"),
            Map.entry("MciView", "The MCI of a year with who entered it and when"),
            Map.entry(
                "AssignmentRequest",
                "An officer's assignment of a receipt to the application it pays for"),
            Map.entry(
                "Body",
                "A payment notification of the payment gateway: one receipt, sent exactly as signed"),
            Map.entry(
                "FeeView",
                "The state duty of an application: amount, the MCI it is based on, payments and status"),
            Map.entry("ReceiptView", "A receipt of the payment evidence of an application"),
            Map.entry(
                "DatedRate",
                "A duty rate (multiples of the MCI) with the day it is in force from and its legal reference"),
            Map.entry(
                "RateView",
                "A duty rate (multiples of the MCI) with the day it is in force from and its legal"
                    + " reference in the caller's language"),
            Map.entry("TariffView", "The tariff: the MCI per year and the dated duty rates"),
            Map.entry(
                "Day",
                "One Kazakhstan day of the reconciliation: duties assessed, confirmed, rejected and receipts received"),
            Map.entry(
                "Report",
                "The reconciliation of duties and receipts over a period of days, with the receipts that match no application"),
            Map.entry("Tally", "A count and the sum of the duties or amounts counted"),
            Map.entry("UnmatchedReceipt", "A receipt of the period that pays for no application"),
            Map.entry("Quote", "The duty owed by a payment made on a given day"),
            Map.entry(
                "Answer",
                "The answer to the payment gateway, the same for every delivery of one notification"),
            Map.entry(
                "WaitingReceipts",
                "The receipts that pay for no application yet, oldest payment first"),
            Map.entry(
                "WaitingReceipt",
                "A receipt that pays for no application yet, with the applications it could pay for"),
            Map.entry("CandidateView", "An application a waiting receipt could pay for"),
            Map.entry(
                "AssignmentView",
                "A receipt assigned to an application, with the duty's status after it")));
  }

  /** The extension members of fee-service's problems, for the OpenAPI only. */
  @Schema(name = "FeeProblemMembers", description = "Extension members of fee-service's problems")
  record ProblemMembers(
      @Schema(
              description = "mci-in-use, mci-not-set: the year of the MCI concerned",
              example = "2027")
          Integer year,
      @Schema(
              description = "receipt-already-assigned: the application the receipt pays for",
              example = "5f0e2d1c-9b8a-4c7d-8e6f-1a2b3c4d5e6f",
              format = "uuid")
          String applicationId,
      @Schema(
              description =
                  "receipt-already-assigned: how the receipt came to pay for it (REFERENCE,"
                      + " MATCHED, ASSIGNED)",
              example = "ASSIGNED")
          String matchStatus,
      @Schema(
              description =
                  "receipt-not-assignable: why (NO_APPLICATION, OTHER_PAYER, FEE_DECIDED)",
              example = "OTHER_PAYER",
              allowableValues = {"NO_APPLICATION", "OTHER_PAYER", "FEE_DECIDED"})
          String reason) {}
}
