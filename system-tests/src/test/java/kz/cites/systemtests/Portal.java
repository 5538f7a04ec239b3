package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What an e-government portal integration does for its user, step by step, through the gateway and
 * the outside world (the simulator): sign in, attach documents, pay, sign with the EDS, submit,
 * follow the status. Each step asserts the answer it needs to go on.
 */
final class Portal {

  private final SystemUnderTest system;
  private final Http http;

  Portal(SystemUnderTest system, Http http) {
    this.system = system;
    this.http = http;
  }

  /** A token of the identity provider; {@code bin} when the persona acts for a company. */
  String signIn(String iin, String bin, String role) {
    Map<String, Object> request = new HashMap<>(Map.of("iin", iin, "roles", List.of(role)));
    if (bin != null) {
      request.put("bin", bin);
    }
    Http.Response token = http.post(sim("/sim/idp/token"), null, request);
    assertThat(token.status()).as(token.body().toString()).isEqualTo(200);
    return token.body().get("access_token").asString();
  }

  /** Reads the application's document requirements and attaches one PDF for each unmet one. */
  List<String> attachWhatIsMissing(String applicationId, String token) {
    JsonNode application = http.get(api("/api/v1/applications/" + applicationId), token).body();
    List<String> attached = new ArrayList<>();
    for (JsonNode requirement : application.path("requirements")) {
      if (!requirement.path("satisfied").asBoolean()
          && requirement.path("documentTypes").size() > 0) {
        String type = requirement.path("documentTypes").get(0).asString();
        Http.Response upload =
            http.upload(
                api("/api/v1/applications/" + applicationId + "/documents"),
                token,
                type,
                type.toLowerCase() + ".pdf",
                "application/pdf",
                ("%PDF-1.7\n% " + type + " of " + applicationId + "\n%%EOF\n")
                    .getBytes(StandardCharsets.US_ASCII));
        assertThat(upload.status()).as(upload.body().toString()).isEqualTo(201);
        attached.add(type);
      }
    }
    return attached;
  }

  /** Pays today's duty at the payment gateway with the application id as the reference. */
  void payTheDuty(String applicationId, String payerIin, String payerBin, String token) {
    Http.Response quote =
        http.get(api("/api/v1/fees/quote?date=" + LocalDate.now(ZoneId.of("Asia/Almaty"))), token);
    assertThat(quote.status()).as(quote.body().toString()).isEqualTo(200);
    Map<String, Object> payment = new HashMap<>();
    payment.put(payerBin != null ? "payerBin" : "payerIin", payerBin != null ? payerBin : payerIin);
    payment.put("amount", quote.body().get("amount").decimalValue());
    payment.put("reference", applicationId);
    Http.Response receipt = http.post(sim("/sim/payments"), null, payment);
    assertThat(receipt.status()).as(receipt.body().toString()).isEqualTo(201);
  }

  /** Signs the canonical payload with the applicant's EDS (the simulator's NCA) and submits. */
  Http.Response submitSigned(String applicationId, String iin, String bin, String token) {
    Http.Response payload =
        http.get(api("/api/v1/applications/" + applicationId + "/signing-payload"), token);
    assertThat(payload.status()).as(payload.body().toString()).isEqualTo(200);
    Map<String, Object> request =
        new HashMap<>(Map.of("iin", iin, "payload", payload.body().get("payload").asString()));
    if (bin != null) {
      request.put("bin", bin);
    }
    Http.Response signature = http.post(sim("/sim/nca/sign"), null, request);
    assertThat(signature.status()).as(signature.body().toString()).isEqualTo(200);
    return http.post(
        api("/api/v1/applications/" + applicationId + "/submission"),
        token,
        Map.of("signature", signature.body().get("signature").asString()));
  }

  /**
   * The officer's part: wait until the case is in the review queue, read it, approve it. Against a
   * stack with auto-approval on, the case may be decided before an officer sees it: then nothing is
   * left to do.
   */
  void officerApproves(String applicationId, String officerToken, String applicantToken) {
    Http.Response application =
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> http.get(api("/api/v1/applications/" + applicationId), applicantToken),
                response ->
                    List.of("IN_REVIEW", "ISSUED", "REFUSED")
                        .contains(response.body().path("status").asString()));
    if (!"IN_REVIEW".equals(application.body().path("status").asString())) {
      return;
    }
    // one page of the largest size: the queue holds other scenarios' cases too
    Http.Response queue = http.get(api("/api/v1/review/cases?size=500"), officerToken);
    assertThat(queue.status()).as(queue.body().toString()).isEqualTo(200);
    assertThat(queue.body().toString()).contains(applicationId);
    Http.Response decision =
        http.post(
            api("/api/v1/review/cases/" + applicationId + "/decision"),
            officerToken,
            Map.of("decision", "APPROVE", "specialConditions", "Live animals: IATA LAR."));
    assertThat(decision.status()).as(decision.body().toString()).isBetween(200, 299);
  }

  /** A draft of {@code draftBody}, which must be accepted, with every document it asks for. */
  String draftWithItsDocuments(Map<String, Object> draftBody, String token) {
    Http.Response draft = http.post(api("/api/v1/applications"), token, draftBody);
    assertThat(draft.status()).as(draft.body().toString()).isEqualTo(201);
    String applicationId = draft.body().get("id").asString();
    attachWhatIsMissing(applicationId, token);
    return applicationId;
  }

  /**
   * The whole filing of a complete application by {@code applicant}: draft, every document its
   * requirements ask for, the duty paid (a company pays with its BIN), the EDS signature and the
   * submission, which must be accepted.
   *
   * @return the application id
   */
  String fileComplete(Drafts.Applicant applicant, Map<String, Object> draftBody, String token) {
    String applicationId = draftWithItsDocuments(draftBody, token);
    payTheDuty(applicationId, applicant.iin(), applicant.bin(), token);
    Http.Response submission = submitSigned(applicationId, applicant.iin(), applicant.bin(), token);
    assertThat(submission.status()).as(submission.body().toString()).isEqualTo(202);
    return applicationId;
  }

  /**
   * A permit issued for {@code draftBody}: filed complete by {@code applicant}, approved by {@code
   * officerToken} (unless auto-approval was first), and awaited until issued.
   *
   * @return the permit number
   */
  String issuedPermit(
      Drafts.Applicant applicant,
      Map<String, Object> draftBody,
      String token,
      String officerToken) {
    String applicationId = fileComplete(applicant, draftBody, token);
    officerApproves(applicationId, officerToken, token);
    return awaitStatus(applicationId, "ISSUED", token).body().path("permitNumber").asString();
  }

  /** Polls the application (no sleeps in the test) until it reaches {@code status}. */
  Http.Response awaitStatus(String applicationId, String status, String token) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> http.get(api("/api/v1/applications/" + applicationId), token),
            response -> status.equals(response.body().path("status").asString()));
  }

  URI api(String path) {
    return system.gateway.resolve(path);
  }

  URI sim(String path) {
    return system.simulator.resolve(path);
  }
}
