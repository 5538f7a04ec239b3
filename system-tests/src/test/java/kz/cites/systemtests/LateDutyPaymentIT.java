package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The duty has one judge, fee-service (domain.md section 5): the verification's look-up at the
 * payment gateway is evidence only. An applicant who pays after submitting, but within the grace
 * period, gets the permit: the look-up that found no receipt yet is no ground of refusal.
 */
class LateDutyPaymentIT {

  static final String OFFICER_IIN = "860606407353";

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void aDutyPaidAfterSubmissionWithinTheGracePeriodEndsWithAnIssuedPermit() {
    Drafts.Applicant applicant = Drafts.ABENOVA;
    String token = portal.signIn(applicant.iin(), null, "APPLICANT");
    String applicationId = portal.draftWithItsDocuments(Drafts.export(applicant), token);

    // submitted before paying: the payment gateway has no receipt when the checks run
    Http.Response submission = portal.submitSigned(applicationId, applicant.iin(), null, token);
    assertThat(submission.status()).as(submission.body().toString()).isEqualTo(202);
    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    JsonNode lookUp = awaitPaymentLookUp(applicationId, officer);
    assertThat(lookUp.path("outcome").asString()).isEqualTo("RECORDED");
    assertThat(
            lookUp.path("refusalGround").isNull() || lookUp.path("refusalGround").isMissingNode())
        .isTrue();

    // paid late, within the grace period: fee-service confirms, the officer decides
    portal.payTheDuty(applicationId, applicant.iin(), null, token);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> http.get(portal.api("/api/v1/fees/" + applicationId), token),
            fee -> "CONFIRMED".equals(fee.body().path("status").asString()));
    portal.officerApproves(applicationId, officer, token);

    Http.Response issued = portal.awaitStatus(applicationId, "ISSUED", token);
    assertThat(issued.body().path("permitNumber").asString()).matches("\\d{2}KZ\\d{6}");
  }

  /** The DUTY_PAYMENT check once the verification has asked the payment gateway. */
  private JsonNode awaitPaymentLookUp(String applicationId, String officerToken) {
    Http.Response verification =
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> http.get(portal.api("/api/v1/verifications/" + applicationId), officerToken),
                response ->
                    paymentCheck(response.body()).path("outcome").asString().equals("RECORDED")
                        || paymentCheck(response.body())
                            .path("outcome")
                            .asString()
                            .equals("FAILED"));
    return paymentCheck(verification.body());
  }

  private static JsonNode paymentCheck(JsonNode verification) {
    for (JsonNode check : verification.path("checks")) {
      if ("DUTY_PAYMENT".equals(check.path("check").asString())) {
        return check;
      }
    }
    return verification.path("no such check");
  }
}
