package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An EDS whose certificate the NCA has revoked cannot sign an application: the service asks the
 * NCA's OCSP responder at the time of receipt, whatever signing time the signature claims, and
 * registers nothing (domain.md section 5, "EDS checks").
 */
class RevokedCertificateIT {

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void aSubmissionSignedWithARevokedCertificateIsRefusedAndNothingIsRegistered() {
    Drafts.Applicant applicant = Drafts.ABENOVA;
    String token = portal.signIn(applicant.iin(), null, "APPLICANT");
    String applicationId = portal.draftWithItsDocuments(Drafts.export(applicant), token);

    Http.Response revoked =
        http.post(portal.sim("/sim/nca/revocations"), null, Map.of("iin", applicant.iin()));
    assertThat(revoked.status()).as(revoked.body().toString()).isBetween(200, 299);
    try {
      Http.Response submission = portal.submitSigned(applicationId, applicant.iin(), null, token);

      assertThat(submission.status()).as(submission.body().toString()).isEqualTo(422);
      assertThat(submission.body().path("type").asString())
          .isEqualTo("https://cites.kz/problems/certificate-revoked");
      assertThat(submission.body().path("reason").asString()).isEqualTo("CERTIFICATE_REVOKED");
      Http.Response application =
          http.get(portal.api("/api/v1/applications/" + applicationId), token);
      assertThat(application.body().path("status").asString()).isEqualTo("DRAFT");
      assertThat(
              application.body().path("registrationNumber").isNull()
                  || application.body().path("registrationNumber").isMissingNode())
          .isTrue();
    } finally {
      http.delete(portal.sim("/sim/nca/revocations/" + applicant.iin()), null);
    }

    // restored by the NCA: the same draft is registered
    Http.Response again = portal.submitSigned(applicationId, applicant.iin(), null, token);
    assertThat(again.status()).as(again.body().toString()).isEqualTo(202);
  }
}
