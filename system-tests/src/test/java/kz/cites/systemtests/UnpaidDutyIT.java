package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A duty still unpaid when its grace period ends makes the package incomplete: the application is
 * not accepted for consideration (Law "On state services"), which is no refusal: no ground, no
 * permit (domain.md section 5, "the duty"). The stack the tests start ends the grace two minutes
 * after the assessment (fee-service's demonstration setting); against an attached stack with the
 * real grace the scenario is skipped.
 */
class UnpaidDutyIT {

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void aDutyUnpaidAtTheEndOfItsGraceLeavesTheApplicationNotAccepted() {
    Drafts.Applicant applicant = Drafts.SERIKBAYEV_IP;
    String token = portal.signIn(applicant.iin(), null, "APPLICANT");
    String applicationId = portal.draftWithItsDocuments(Drafts.export(applicant), token);
    Http.Response submission = portal.submitSigned(applicationId, applicant.iin(), null, token);
    assertThat(submission.status()).as(submission.body().toString()).isEqualTo(202);

    Http.Response fee =
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> http.get(portal.api("/api/v1/fees/" + applicationId), token),
                response -> response.body().hasNonNull("graceEndsAt"));
    Instant graceEnds = Instant.parse(fee.body().get("graceEndsAt").asString());
    Assumptions.assumeTrue(
        graceEnds.isBefore(Instant.now().plus(Duration.ofMinutes(5))),
        "the stack's grace period is the real one (" + graceEnds + "): nothing to wait for here");

    // nothing paid: when the grace ends the application is not accepted, without a refusal
    Http.Response notAccepted =
        await()
            .atMost(Duration.ofMinutes(4))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> http.get(portal.api("/api/v1/applications/" + applicationId), token),
                response -> "NOT_ACCEPTED".equals(response.body().path("status").asString()));
    // why, in the reader's language: Russian by default, Kazakh and English when asked
    assertThat(notAccepted.body().path("notAccepted").path("reason").asString())
        .startsWith("Заявка не принята к рассмотрению");
    assertThat(
            http.get(portal.api("/api/v1/applications/" + applicationId), token, "kk")
                .body()
                .path("notAccepted")
                .path("reason")
                .asString())
        .startsWith("Өтінім қарауға қабылданбады");
    assertThat(
            http.get(portal.api("/api/v1/applications/" + applicationId), token, "en")
                .body()
                .path("notAccepted")
                .path("reason")
                .asString())
        .startsWith("The application is not accepted for consideration");
    assertThat(
            notAccepted.body().path("refusal").isNull()
                || notAccepted.body().path("refusal").isMissingNode())
        .isTrue();
    assertThat(
            notAccepted.body().path("permitNumber").isNull()
                || notAccepted.body().path("permitNumber").isMissingNode())
        .isTrue();
    Http.Response feeAfter = http.get(portal.api("/api/v1/fees/" + applicationId), token);
    assertThat(feeAfter.body().path("status").asString()).isEqualTo("REJECTED");
  }
}
