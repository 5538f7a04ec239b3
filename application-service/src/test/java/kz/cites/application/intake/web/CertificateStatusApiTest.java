package kz.cites.application.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.cites.application.ApiTest;
import kz.cites.application.signature.TestNca;
import org.bouncycastle.asn1.x509.CRLReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The EDS certificate on submission, end to end through the API: judged at the server's time of
 * receipt and against the NCA's OCSP answer (the test NCA's responder, which the certificates name
 * in their AIA). A refused or undecidable submission leaves the application a DRAFT with nothing
 * registered: no number, no event in the outbox, no notification.
 */
class CertificateStatusApiTest extends ApiTest {

  /** An applicant of this test only, so that nothing here counts in other tests' pages. */
  static final String OWNER = "770307301234";

  static final String PROBLEMS = "https://cites.kz/problems/";

  @Autowired JdbcClient jdbc;

  @Test
  void aRevokedCertificateIsRefusedAndNothingIsRegistered() throws Exception {
    String location = completeDraft();
    var persona = validPersona(TestNca.ocsp().url());
    Instant revokedAt = NOW.minus(Duration.ofDays(1));
    TestNca.ocsp().revoke(persona.certificate(), revokedAt, CRLReason.keyCompromise);
    // the signature claims a time before the revocation; the status at receipt is what counts
    String body = signedBy(persona, location, NOW.minus(Duration.ofDays(2)));

    submit(location, body)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "certificate-revoked"))
        .andExpect(jsonPath("$.title").value("Сертификат отозван"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "НУЦ отозвал сертификат подписанта 19.03.2026 19:00 (время Казахстана;"
                        + " причина KEY_COMPROMISE)."))
        .andExpect(jsonPath("$.field").value("signature"))
        .andExpect(jsonPath("$.reason").value("CERTIFICATE_REVOKED"))
        .andExpect(jsonPath("$.revokedAt").value(revokedAt.toString()))
        .andExpect(jsonPath("$.revocationReason").value("KEY_COMPROMISE"))
        .andExpect(jsonPath("$.checkedAt").value(NOW.toString()));
    assertNothingRegistered(location);

    // once the NCA says it is good again, the same signature registers the same draft
    TestNca.ocsp().restore(persona.certificate());
    submit(location, body)
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("SUBMITTED"));
  }

  @Test
  void whenTheNcaCannotBeAskedTheSubmissionIsToBeRetriedAndNothingIsRegistered() throws Exception {
    String location = completeDraft();
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var persona = validPersona("http://127.0.0.1:" + closedPort + "/ocsp");

    submit(location, signedBy(persona, location, NOW))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "30"))
        .andExpect(jsonPath("$.type").value(PROBLEMS + "revocation-status-unavailable"))
        .andExpect(jsonPath("$.field").value("signature"))
        .andExpect(jsonPath("$.reason").value("REVOCATION_STATUS_UNAVAILABLE"));
    assertNothingRegistered(location);
  }

  /**
   * The EDS is checked before the draft is locked: while the NCA takes its time, the draft's row is
   * free, and the draft is registered once the NCA answers.
   */
  @Test
  void whileTheNcaIsAskedTheDraftIsNotLocked() throws Exception {
    String location = completeDraft();
    UUID id = idOf(location);
    String body = signedBy(validPersona(TestNca.ocsp().url()), location, NOW);

    submitWhileTheNcaWaits(
            location,
            body,
            () ->
                // with the row locked, NOWAIT would fail at once instead of waiting for the NCA
                assertThat(
                        jdbc.sql("select status from application where id = :id for update nowait")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .isEqualTo("DRAFT"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("SUBMITTED"));
  }

  /**
   * A draft changed while its signature was being checked is not what was signed: the submission is
   * refused as if it had been sent after the change, and nothing is registered.
   */
  @Test
  void aDraftChangedWhileItsSignatureIsCheckedIsNotRegistered() throws Exception {
    String location = completeDraft();
    String body = signedBy(validPersona(TestNca.ocsp().url()), location, NOW);

    submitWhileTheNcaWaits(
            location, body, () -> upload(location, "OTHER", "Дополнение к контракту.pdf"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-signature"))
        .andExpect(jsonPath("$.reason").value("SIGNATURE_INVALID"))
        .andExpect(jsonPath("$.field").value("signature"));
    assertNothingRegistered(location);

    // signed again over the changed draft, it registers
    submit(location, signedBy(validPersona(TestNca.ocsp().url()), location, NOW))
        .andExpect(status().isAccepted());
  }

  @Test
  void anExpiredCertificateIsRefusedWhateverSigningTimeItClaims() throws Exception {
    String location = completeDraft();
    Instant notAfter = NOW.minus(Duration.ofHours(1));
    var expired =
        TestNca.persona(
            OWNER, null, NOW.minus(Duration.ofDays(365)), notAfter, TestNca.ocsp().url());

    submit(location, signedBy(expired, location, NOW.minus(Duration.ofDays(1))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "certificate-expired"))
        .andExpect(jsonPath("$.reason").value("CERTIFICATE_EXPIRED"))
        .andExpect(jsonPath("$.notAfter").value(notAfter.toString()))
        .andExpect(jsonPath("$.checkedAt").value(NOW.toString()));
    assertNothingRegistered(location);
  }

  @Test
  void aCertificateNotYetValidAtReceiptIsRefused() throws Exception {
    String location = completeDraft();
    Instant notBefore = NOW.plus(Duration.ofMinutes(2));
    var early =
        TestNca.persona(
            OWNER, null, notBefore, NOW.plus(Duration.ofDays(365)), TestNca.ocsp().url());

    submit(location, signedBy(early, location, NOW.plus(Duration.ofMinutes(3))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "certificate-not-yet-valid"))
        .andExpect(jsonPath("$.reason").value("CERTIFICATE_NOT_YET_VALID"))
        .andExpect(jsonPath("$.notBefore").value(notBefore.toString()));
    assertNothingRegistered(location);
  }

  /** What is done while a submission waits for the NCA's OCSP answer. */
  private interface Meanwhile {
    void run() throws Exception;
  }

  /**
   * Submits {@code body} on another thread, holds the NCA's OCSP answer until {@code meanwhile} has
   * run, and answers the submission's result.
   */
  private ResultActions submitWhileTheNcaWaits(String location, String body, Meanwhile meanwhile)
      throws Exception {
    ExecutorService submitter = Executors.newSingleThreadExecutor();
    try {
      Future<ResultActions> submission;
      try (var slowNca = TestNca.ocsp().holdAnswers()) {
        submission = submitter.submit(() -> submit(location, body));
        assertThat(slowNca.awaitRequest(Duration.ofSeconds(20))).as("the NCA was asked").isTrue();
        meanwhile.run();
      }
      return submission.get(30, TimeUnit.SECONDS);
    } finally {
      submitter.shutdownNow();
    }
  }

  private static UUID idOf(String location) {
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  private void assertNothingRegistered(String location) throws Exception {
    UUID id = idOf(location);
    JsonNode view = read(get(location));
    assertThat(view.path("status").asString()).isEqualTo("DRAFT");
    assertThat(view.path("registrationNumber").isNull()).isTrue();
    assertThat(view.path("registeredAt").isNull()).isTrue();
    assertThat(
            jdbc.sql("select count(*) from outbox_event where message_key = :id")
                .param("id", id.toString())
                .query(Long.class)
                .single())
        .as("events recorded for the application")
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from notification where application_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .as("cabinet notifications of the application")
        .isZero();
  }

  private TestNca.Persona validPersona(String ocspUrl) {
    return TestNca.persona(
        OWNER, null, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(365)), ocspUrl);
  }

  private ResultActions submit(String location, String body) throws Exception {
    return mvc.perform(
        post(location + "/submission")
            .with(owner())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /**
   * The submission body: the draft's signing payload signed by {@code persona}, claiming {@code
   * at}.
   */
  private String signedBy(TestNca.Persona persona, String location, Instant claimedSigningTime)
      throws Exception {
    byte[] payload =
        Base64.getDecoder()
            .decode(read(get(location + "/signing-payload")).path("payload").asString());
    return "{\"signature\": \"" + TestNca.sign(payload, persona, claimedSigningTime) + "\"}";
  }

  /** A draft export with every document it needs, ready to be signed. */
  private String completeDraft() throws Exception {
    String location =
        mvc.perform(
                post("/api/v1/applications")
                    .with(owner())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"permitType": "EXPORT",
                         "applicant": {"type": "INDIVIDUAL", "iin": "%s", "name": "Test Applicant",
                                       "address": "Almaty, Abai 10"},
                         "purposeCode": "S",
                         "counterparty": {"name": "Falknerei GmbH", "address": "Berlin",
                                          "countryCode": "DE"},
                         "specimens": [{"scientificName": "Falco cherrug", "termCode": "LIV",
                                        "quantity": 1, "sourceCode": "C", "countryOfOrigin": "KZ"}],
                         "transport": {"borderCrossing": "Almaty airport",
                                       "plannedDate": "2026-04-15"},
                         "personalDataConsent": true}
                        """
                            .formatted(OWNER)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    for (String type : List.of("CONTRACT", "SCIENTIFIC_OPINION")) {
      upload(location, type, type.toLowerCase() + ".pdf");
    }
    return location;
  }

  private void upload(String location, String type, String fileName) throws Exception {
    mvc.perform(
            multipart(location + "/documents")
                .file(
                    new MockMultipartFile(
                        "file",
                        fileName,
                        "application/pdf",
                        "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)))
                .param("type", type)
                .with(owner()))
        .andExpect(status().isCreated());
  }

  private JsonNode read(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return json.readTree(
        mvc.perform(request.with(owner()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private static RequestPostProcessor owner() {
    return jwt()
        .jwt(j -> j.subject(OWNER).claim("iin", OWNER).claim("roles", List.of("APPLICANT")))
        .authorities(new SimpleGrantedAuthority("ROLE_APPLICANT"));
  }
}
