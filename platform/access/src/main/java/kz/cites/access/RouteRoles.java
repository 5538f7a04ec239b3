package kz.cites.access;

import static kz.cites.access.Access.anyOf;
import static kz.cites.access.Access.anybody;
import static kz.cites.access.Access.signedIn;
import static kz.cites.access.ApiOwner.APPLICATION;
import static kz.cites.access.ApiOwner.FEE;
import static kz.cites.access.ApiOwner.PERMIT;
import static kz.cites.access.ApiOwner.VERIFICATION;
import static kz.cites.access.Role.APPLICANT;
import static kz.cites.access.Role.CALENDAR_ADMIN;
import static kz.cites.access.Role.CUSTOMS;
import static kz.cites.access.Role.OFFICER;
import static kz.cites.access.Role.OPERATOR;
import static kz.cites.access.Role.PARTNER_AUTHORITY;
import static kz.cites.access.Role.QUOTA_ADMIN;
import static kz.cites.access.Role.TARIFF_ADMIN;

import java.util.List;

/**
 * The one table of which role may call which API route. The gateway applies all of it at the front
 * door and each service applies its own lines again behind it (and then checks ownership per
 * object), so the two can never disagree. A route missing here is denied by both. Within one
 * service the order matters: a narrower path comes before a wider one that also matches it.
 */
public final class RouteRoles {

  private static final String APPLICATIONS = "/api/v1/applications";
  private static final String WEBHOOKS = "/api/v1/webhooks";
  private static final String QUOTAS = "/api/v1/quotas";

  private static final List<RouteRule> ALL =
      List.of(
          // application-service: intake, the cabinet, the checklist, the working calendar, webhooks
          rule(APPLICATION, "POST", anyOf(APPLICANT), APPLICATIONS),
          rule(APPLICATION, "PUT", anyOf(APPLICANT), APPLICATIONS + "/*"),
          rule(
              APPLICATION,
              "POST",
              anyOf(APPLICANT),
              APPLICATIONS + "/*/submission",
              APPLICATIONS + "/*/documents",
              APPLICATIONS + "/*/withdrawal",
              // the applicant's position in the hearing of a preliminary refusal
              APPLICATIONS + "/*/hearing/objection"),
          rule(APPLICATION, "GET", anyOf(APPLICANT), APPLICATIONS + "/*/signing-payload"),
          rule(
              APPLICATION,
              "GET",
              anyOf(APPLICANT, OFFICER, OPERATOR),
              APPLICATIONS,
              APPLICATIONS + "/*",
              APPLICATIONS + "/*/documents/*"),
          rule(APPLICATION, "GET", anyOf(APPLICANT), "/api/v1/cabinet/notifications"),
          rule(APPLICATION, "POST", anyOf(APPLICANT), "/api/v1/cabinet/notifications/*/read"),
          rule(APPLICATION, "GET", anyOf(APPLICANT, OFFICER, OPERATOR), "/api/v1/species"),
          rule(APPLICATION, "POST", anyOf(OPERATOR), "/api/v1/species/import"),
          // the working calendar: anyone signed in reads it; marking a day a decree moved is a
          // dedicated role (OPERATOR stays read-only)
          rule(APPLICATION, "GET", signedIn(), "/api/v1/calendar/*"),
          rule(APPLICATION, "PUT", anyOf(CALENDAR_ADMIN), "/api/v1/calendar/days/*"),
          rule(APPLICATION, "DELETE", anyOf(CALENDAR_ADMIN), "/api/v1/calendar/days/*"),
          // the status push to integrators: whoever files manages their own webhooks (checked per
          // object, ADR 0009); the operator sees every delivery and sends one again
          rule(
              APPLICATION,
              "POST",
              anyOf(APPLICANT),
              WEBHOOKS + "/subscriptions",
              WEBHOOKS + "/subscriptions/*/secret-rotation"),
          rule(
              APPLICATION,
              "GET",
              anyOf(APPLICANT),
              WEBHOOKS + "/subscriptions",
              WEBHOOKS + "/subscriptions/*"),
          rule(APPLICATION, "DELETE", anyOf(APPLICANT), WEBHOOKS + "/subscriptions/*"),
          rule(
              APPLICATION,
              "GET",
              anyOf(APPLICANT, OPERATOR),
              WEBHOOKS + "/deliveries",
              WEBHOOKS + "/deliveries/*"),
          rule(
              APPLICATION,
              "POST",
              anyOf(APPLICANT, OPERATOR),
              WEBHOOKS + "/deliveries/*/redelivery"),
          // fee-service
          // the payment gateway has no token: fee-service checks its HMAC before anything else
          rule(FEE, "POST", anybody(), "/api/v1/fees/payment-notifications"),
          rule(FEE, "GET", anyOf(APPLICANT, OFFICER, OPERATOR), "/api/v1/fees/quote"),
          rule(FEE, "GET", anyOf(OFFICER, OPERATOR), "/api/v1/fees/tariff"),
          // OPERATOR is read-only: entering the MCI is a dedicated role
          rule(FEE, "PUT", anyOf(TARIFF_ADMIN), "/api/v1/fees/tariff/mci/*"),
          rule(FEE, "GET", anyOf(OFFICER, OPERATOR), "/api/v1/fees/reconciliation"),
          // payments without our reference that match no application, or several: an officer
          // assigns them
          rule(FEE, "GET", anyOf(OFFICER, OPERATOR), "/api/v1/fees/receipts/unassigned"),
          rule(FEE, "POST", anyOf(OFFICER), "/api/v1/fees/receipts/*/assignment"),
          // one application's fee; the payer must be the caller (checked per object)
          rule(FEE, "GET", anyOf(APPLICANT, OFFICER, OPERATOR), "/api/v1/fees/*"),
          // verification-service: the evidence is for the authority's staff only
          rule(VERIFICATION, "GET", anyOf(OFFICER, OPERATOR), "/api/v1/verifications/*"),
          // permit-service
          rule(PERMIT, "GET", anybody(), "/api/v1/public/**"),
          rule(
              PERMIT,
              "GET",
              anyOf(OFFICER, OPERATOR),
              "/api/v1/review/cases",
              "/api/v1/review/cases/*"),
          rule(PERMIT, "POST", anyOf(OFFICER), "/api/v1/review/cases/*/decision"),
          rule(PERMIT, "POST", anyOf(OFFICER), "/api/v1/permits/*/cancellation"),
          rule(PERMIT, "GET", anyOf(OFFICER, OPERATOR), "/api/v1/permits/*/audit"),
          // the CITES annual report: the authority's staff; no applicant or customs (ADR 0017)
          rule(PERMIT, "GET", anyOf(OFFICER, OPERATOR), "/api/v1/reports/annual/*"),
          // export quotas: set by a dedicated role (OPERATOR stays read-only), read by staff
          rule(PERMIT, "POST", anyOf(QUOTA_ADMIN), QUOTAS),
          rule(PERMIT, "PUT", anyOf(QUOTA_ADMIN), QUOTAS + "/*"),
          rule(PERMIT, "GET", anyOf(OFFICER, OPERATOR, QUOTA_ADMIN), QUOTAS, QUOTAS + "/*"),
          // box 14: customs endorses at the border; holders and staff read it (checked per object)
          rule(PERMIT, "POST", anyOf(CUSTOMS), "/api/v1/permits/*/endorsements"),
          // the e-permit exchange (ADR 0018): a partner authority reads and confirms only the
          // permits whose importer is in its token's country (checked per object, else 404)
          rule(
              PERMIT,
              "GET",
              anyOf(PARTNER_AUTHORITY),
              "/api/v1/exchange/permits/*",
              "/api/v1/exchange/permits/*/confirmation"),
          rule(PERMIT, "POST", anyOf(PARTNER_AUTHORITY), "/api/v1/exchange/permits/*/confirmation"),
          // holders see their own permits and refusals only (checked per object)
          rule(
              PERMIT,
              "GET",
              anyOf(APPLICANT, OFFICER, OPERATOR, CUSTOMS),
              "/api/v1/permits",
              "/api/v1/permits/*",
              "/api/v1/permits/*/document",
              "/api/v1/permits/*/endorsements",
              "/api/v1/refusals/*/document"));

  private RouteRoles() {}

  /** Every rule, in the order to apply them. */
  public static List<RouteRule> all() {
    return ALL;
  }

  /** The rules of the routes {@code owner} serves, in order. */
  public static List<RouteRule> of(ApiOwner owner) {
    return ALL.stream().filter(r -> r.owner() == owner).toList();
  }

  private static RouteRule rule(ApiOwner owner, String method, Access access, String... paths) {
    return new RouteRule(owner, method, List.of(paths), access);
  }
}
