package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.cites.client.application.api.ApplicationsApi;
import kz.cites.client.application.model.ApplicationContent;
import kz.cites.client.application.model.ApplicationStatus;
import kz.cites.client.application.model.ApplicationView;
import kz.cites.client.application.model.DocumentType;
import kz.cites.client.application.model.Requirement;
import kz.cites.client.application.model.SigningPayloadView;
import kz.cites.client.application.model.SubmissionRequest;
import kz.cites.client.application.model.SubmissionResponse;
import kz.cites.client.fee.api.FeesApi;
import kz.cites.client.fee.model.FeeView;
import kz.cites.client.permit.api.PermitsApi;
import kz.cites.client.permit.api.PublicApi;
import kz.cites.client.permit.api.ReviewApi;
import kz.cites.client.permit.model.DecisionRequest;
import kz.cites.client.permit.model.DecisionVerdict;
import kz.cites.client.permit.model.PermitView;
import kz.cites.client.permit.model.QueueItem;
import kz.cites.client.permit.model.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole journey with Java clients generated at build time from the published documents
 * (openapi-generator, {@code java}/{@code native}, see system-tests' pom), as an integrator would
 * write it (issue 16): a draft, its documents, the duty, the signed submission, the status, an
 * officer's decision, the permit as JWS and PDF, and the public check. Only what is not our API is
 * done by hand: paying at the payment gateway and signing with the NCA (the simulator).
 */
class GeneratedClientIT {

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @TempDir Path files;

  @Test
  void theWholeJourneyRunsWithGeneratedClients() throws Exception {
    Drafts.Applicant applicant = Drafts.ABENOVA;
    String token = portal.signIn(applicant.iin(), null, "APPLICANT");
    String officerToken = portal.signIn("860606407353", null, "OFFICER");

    var client = application(token);
    var applications = new ApplicationsApi(client);
    // the draft: the same body the other scenarios send, as the generated model
    ApplicationContent content =
        client.getObjectMapper().convertValue(Drafts.export(applicant), ApplicationContent.class);
    // with an Idempotency-Key: the retry a client makes after a timeout answers the same draft
    String draftKey = UUID.randomUUID().toString();
    ApplicationView draft = applications.createDraft(content, draftKey, "en");
    assertThat(draft.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
    UUID id = draft.getId();
    assertThat(applications.createDraft(content, draftKey, "en").getId()).isEqualTo(id);

    // every document the rules ask for, uploaded with its named type
    for (Requirement requirement : applications.getApplication(id, null).getRequirements()) {
      if (!Boolean.TRUE.equals(requirement.getSatisfied())
          && !requirement.getDocumentTypes().isEmpty()) {
        DocumentType type = requirement.getDocumentTypes().iterator().next();
        File pdf = files.resolve(type.getValue().toLowerCase() + ".pdf").toFile();
        Files.writeString(
            pdf.toPath(),
            "%PDF-1.7\n% " + type + " of " + id + "\n%%EOF\n",
            StandardCharsets.UTF_8);
        assertThat(applications.uploadDocument(id, type, pdf, null, null).getType())
            .isEqualTo(type);
      }
    }

    // the duty, paid at the payment gateway with the application id as reference
    portal.payTheDuty(id.toString(), applicant.iin(), null, token);

    // the EDS over the canonical payload (the NCA signs), then the submission
    SigningPayloadView payload = applications.getSigningPayload(id, null);
    Http.Response signature =
        http.post(
            portal.sim("/sim/nca/sign"),
            null,
            Map.of("iin", applicant.iin(), "payload", payload.getPayload()));
    assertThat(signature.status()).as(signature.body().toString()).isEqualTo(200);
    String key = "generated-client-" + id;
    SubmissionRequest submission =
        new SubmissionRequest().signature(signature.body().get("signature").asString());
    SubmissionResponse registered = applications.submitApplication(id, key, null, submission);
    assertThat(registered.getRegistrationNumber()).isNotBlank();
    // the same key again: the first answer
    assertThat(applications.submitApplication(id, key, null, submission).getRegistrationNumber())
        .isEqualTo(registered.getRegistrationNumber());

    // the status, and the officer's decision from the queue
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> applications.getApplication(id, null).getStatus(),
            status -> status == ApplicationStatus.IN_REVIEW);
    var review = new ReviewApi(permit(officerToken));
    // one page of the largest size: the shared stack's queue holds other scenarios' cases too
    List<QueueItem> queue = review.listReviewCases(null, null, 0, 500, null).getItems();
    assertThat(queue).anyMatch(item -> id.equals(item.getApplicationId()));
    review.decideReviewCase(
        id,
        new DecisionRequest()
            .decision(DecisionVerdict.APPROVE)
            .specialConditions("Live animals: IATA LAR."),
        UUID.randomUUID().toString(),
        null);
    ApplicationView issued =
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> applications.getApplication(id, null),
                view -> view.getStatus() == ApplicationStatus.ISSUED);
    String number = issued.getPermitNumber();

    // the fee, confirmed
    FeeView fee = new FeesApi(fee(token)).getFee(id, null);
    assertThat(fee.getStatus().getValue()).isEqualTo("CONFIRMED");

    // the permit: the view with its security code, the JWS, the PDF
    var permits = new PermitsApi(permit(token));
    PermitView permit = permits.getPermit(number, null);
    assertThat(permit.getNumber()).isEqualTo(number);
    // the JWS, the default of the three representations the generated client accepts
    File jwsFile = permits.downloadPermitDocument(number, null);
    String jws = Files.readString(jwsFile.toPath(), StandardCharsets.US_ASCII).strip();
    assertThat(jws.split("\\.")).hasSize(3);
    // a generated method has one return type: the PDF (a binary body) is asked for with the
    // generated client's own HttpClient and Accept: application/pdf
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(portal.api("/api/v1/permits/" + number + "/document"))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/pdf")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    // the public check, without a token
    Verification check =
        new PublicApi(permit(null)).checkPermitPublicly(number, permit.getSecurityCode(), null);
    assertThat(check.getNumber()).isEqualTo(number);
    assertThat(check.getStatus().getValue()).isEqualTo("VALID");
  }

  private kz.cites.client.application.ApiClient application(String token) {
    var client = new kz.cites.client.application.ApiClient();
    client.updateBaseUri(gateway());
    client.setRequestInterceptor(b -> bearer(b, token));
    return client;
  }

  private kz.cites.client.fee.ApiClient fee(String token) {
    var client = new kz.cites.client.fee.ApiClient();
    client.updateBaseUri(gateway());
    client.setRequestInterceptor(b -> bearer(b, token));
    return client;
  }

  private kz.cites.client.permit.ApiClient permit(String token) {
    var client = new kz.cites.client.permit.ApiClient();
    client.updateBaseUri(gateway());
    client.setRequestInterceptor(b -> bearer(b, token));
    return client;
  }

  private static void bearer(HttpRequest.Builder request, String token) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
  }

  private String gateway() {
    String url = system.gateway.toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
