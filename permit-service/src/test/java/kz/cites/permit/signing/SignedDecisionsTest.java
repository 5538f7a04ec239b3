package kz.cites.permit.signing;

import static kz.cites.permit.Personas.applicant;
import static kz.cites.permit.Personas.officer;
import static kz.cites.permit.Personas.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.Base64URL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.cites.eds.CmsVerifier;
import kz.cites.eds.EdsException;
import kz.cites.permit.Fixtures;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.Personas;
import kz.cites.permit.ReviewCaseSeeds;
import kz.cites.permit.TestNca;
import kz.cites.permit.permits.PermitIssuer;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who signs (domain.md section 5): an officer's decision with the officer's own NCA certificate, an
 * automatic result with the authority's organisation certificate; every document also sealed as a
 * JWS whose x5c chains to the NCA root. Verified here as a relying party would, with nothing but
 * the root of the tests' NCA.
 */
class SignedDecisionsTest extends IntegrationTest {

  static final String COMMITTEE_BIN = "190440026173";
  static final Instant DUE = Instant.parse("2026-09-03T12:30:00Z");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired PermitRepository permits;
  @Autowired PermitIssuer issuer;
  @Autowired DocumentSigner signer;
  @Autowired PlatformTransactionManager transactions;

  final RelyingParty relyingParty = new RelyingParty();

  @Test
  void anOfficersApprovalIsSignedWithTheOfficersCertificateAndSealedByTheAuthority()
      throws Exception {
    UUID applicationId = ReviewCaseSeeds.inReview(jdbc, json, DUE);

    mvc.perform(decision(applicationId, "{\"decision\": \"APPROVE\"}").with(officer()))
        .andExpect(status().isOk());

    Permit permit = permits.findByApplicationId(applicationId).orElseThrow();
    String documentPath = "/api/v1/permits/" + permit.number() + "/document";
    byte[] cms =
        mvc.perform(
                get(documentPath)
                    .accept("application/pkcs7-signature")
                    .with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pkcs7-signature"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        "attachment; filename=\"permit-" + permit.number() + ".p7s\""))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String jws = permit.document();

    // the CMS: over the JWS payload, by the officer's own certificate, chained to the NCA root
    CmsVerifier.Verified signature = relyingParty.cmsOf(jws, cms, NOW);
    assertThat(signature.certificate()).isEqualTo(TestNca.certificateOf(Personas.OFFICER_IIN));
    assertThat(signature.subject().iin()).isEqualTo(Personas.OFFICER_IIN);
    assertThat(signature.subject().bin()).isNull();
    // the JWS: verified through its x5c, [the authority's certificate, the NCA root]
    List<X509Certificate> seal = relyingParty.sealOf(jws, NOW);
    assertThat(seal).hasSize(2).last().isEqualTo(TestNca.root());
    assertThat(kz.cites.eds.CertificateSubject.of(seal.getFirst()).bin()).isEqualTo(COMMITTEE_BIN);
    assertThat(JWSObject.parse(jws).getHeader().getKeyID())
        .isEqualTo(seal.getFirst().getSerialNumber().toString(16));
    // the signed bytes are the canonical JSON: keys in order, no whitespace
    String payload = JWSObject.parse(jws).getPayload().toString();
    assertThat(payload).startsWith("{\"documentType\":\"CITES_PERMIT\",\"exporter\":");
    assertThat(payload).doesNotContain(": ").doesNotContain("\n");

    String serial = signature.certificate().getSerialNumber().toString(16);
    String pdf = pdfText(get(documentPath).accept(MediaType.APPLICATION_PDF).with(officer()));
    // box 13: the officer by name, her EDS by its certificate and time; her IIN is not printed
    assertThat(pdf.replaceAll("\\s+", ""))
        .contains(Personas.OFFICER_NAME.replaceAll("\\s+", ""))
        .contains(Personas.OFFICER_CERTIFICATE_NAME.replaceAll("\\s+", ""))
        .contains("NCAcertificate" + serial)
        .contains("2026-08-3111:00:00")
        .doesNotContain(Personas.OFFICER_IIN);

    mvc.perform(
            get("/api/v1/public/permits/" + permit.number()).param("code", permit.securityCode()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.signature.signedBy.role").value("OFFICER"))
        .andExpect(jsonPath("$.signature.signedBy.name").value(Personas.OFFICER_CERTIFICATE_NAME))
        .andExpect(jsonPath("$.signature.signedBy.iin").value(Personas.OFFICER_IIN))
        .andExpect(jsonPath("$.signature.signedBy.certificateSerial").value(serial))
        .andExpect(jsonPath("$.signature.signedBy.signedAt").value("2026-08-31T06:00:00Z"))
        .andExpect(jsonPath("$.signature.cms.valid").value(true))
        .andExpect(jsonPath("$.signature.jws.valid").value(true))
        .andExpect(jsonPath("$.signature.sealedBy.bin").value(COMMITTEE_BIN));
  }

  @Test
  void anAutomaticResultIsSignedWithTheAuthoritysOrganisationCertificate() throws Exception {
    // auto-approval: no officer decides, the authority signs
    Permit permit =
        issuer.issue(
            UUID.randomUUID(),
            "KZ-2026-A",
            Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true),
            Fixtures.REGISTERED_HOLDER);

    byte[] cms =
        mvc.perform(
                get("/api/v1/permits/" + permit.number() + "/document")
                    .accept("application/pkcs7-signature")
                    .with(officer()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    CmsVerifier.Verified signature = relyingParty.cmsOf(permit.document(), cms, NOW);
    List<X509Certificate> seal = relyingParty.sealOf(permit.document(), NOW);
    assertThat(signature.certificate()).isEqualTo(seal.getFirst());
    assertThat(signature.subject().bin()).isEqualTo(COMMITTEE_BIN);
    assertThat(signature.subject().iin()).isNull();
    mvc.perform(
            get("/api/v1/public/permits/" + permit.number()).param("code", permit.securityCode()))
        .andExpect(jsonPath("$.signature.signedBy.role").value("AUTHORITY"))
        .andExpect(jsonPath("$.signature.signedBy.bin").value(COMMITTEE_BIN))
        .andExpect(jsonPath("$.signature.signedBy.iin").doesNotExist())
        .andExpect(jsonPath("$.signature.cms.valid").value(true))
        .andExpect(jsonPath("$.signature.jws.valid").value(true));
    // why, as a code and in the words of the language asked for
    mvc.perform(
            get("/api/v1/public/permits/" + permit.number())
                .param("code", permit.securityCode())
                .header("Accept-Language", "kk"))
        .andExpect(jsonPath("$.signature.cms.code").value("signed.bin"))
        .andExpect(
            jsonPath("$.signature.cms.detail").value(org.hamcrest.Matchers.startsWith("ҰКО-ның ")))
        .andExpect(jsonPath("$.signature.jws.code").value("sealed"))
        .andExpect(
            jsonPath("$.signature.jws.detail")
                .value(org.hamcrest.Matchers.containsString("(БСН " + COMMITTEE_BIN + ")")));
  }

  @Test
  void aRefusalAnOfficerSignsCarriesTheOfficersCertificateAndDownloadsAsP7s() throws Exception {
    // a refused case, its refusal signed for the deciding officer as the final decision does
    UUID applicationId = UUID.randomUUID();
    jdbc.sql(
            "insert into review_case (application_id, status, registration_number, decided_by)"
                + " values (:id, 'REFUSED', 'KZ-2026-R', :officer)")
        .param("id", applicationId)
        .param("officer", Personas.OFFICER_IIN)
        .update();
    String jws =
        new TransactionTemplate(transactions)
            .execute(
                status ->
                    signer.sign(
                        applicationId,
                        Map.of(
                            "documentType", "CITES_REFUSAL",
                            "applicationId", applicationId.toString(),
                            "reason", "The ring number is not the breeder's."),
                        DocumentSigner.REFUSAL_TYPE,
                        new Signatory.Officer(
                            Personas.OFFICER_IIN, TestNca.tokenOf(Personas.OFFICER_IIN))));
    jdbc.sql("update review_case set refusal_document = :jws where application_id = :id")
        .param("jws", jws)
        .param("id", applicationId)
        .update();

    String path = "/api/v1/refusals/" + applicationId + "/document";
    byte[] cms =
        mvc.perform(get(path).accept("application/pkcs7-signature").with(officer()))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pkcs7-signature"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    assertThat(relyingParty.cmsOf(jws, cms, NOW).subject().iin()).isEqualTo(Personas.OFFICER_IIN);
    assertThat(relyingParty.sealOf(jws, NOW)).last().isEqualTo(TestNca.root());
    assertThat(JWSObject.parse(jws).getHeader().getType().getType())
        .isEqualTo("cites-refusal+json");
  }

  @Test
  void aTamperedDocumentVerifiesNeitherWayAndThePublicCheckSaysSo() throws Exception {
    Permit permit =
        issuer.issue(
            UUID.randomUUID(),
            "KZ-2026-T",
            Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true),
            Fixtures.REGISTERED_HOLDER);
    byte[] cms =
        mvc.perform(
                get("/api/v1/permits/" + permit.number() + "/document")
                    .accept("application/pkcs7-signature")
                    .with(officer()))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String[] parts = permit.document().split("\\.");
    String longer =
        new String(Base64URL.from(parts[1]).decode(), java.nio.charset.StandardCharsets.UTF_8)
            .replace("2027-02-28", "2030-02-28");
    String forged = parts[0] + "." + Base64URL.encode(longer) + "." + parts[2];

    assertThatThrownBy(() -> relyingParty.sealOf(forged, NOW))
        .hasMessageContaining("does not verify");
    assertThatThrownBy(() -> relyingParty.cmsOf(forged, cms, NOW))
        .isInstanceOfSatisfying(
            EdsException.class, e -> assertThat(e.reason()).isEqualTo(EdsException.Reason.INVALID));

    jdbc.sql("update permit set document = :forged where number = :number")
        .param("forged", forged)
        .param("number", permit.number())
        .update();
    mvc.perform(
            get("/api/v1/public/permits/" + permit.number()).param("code", permit.securityCode()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.signature.cms.valid").value(false))
        .andExpect(jsonPath("$.signature.jws.valid").value(false));
  }

  @Test
  void withoutTheOfficersSignatureNothingIsDecided() throws Exception {
    UUID applicationId = ReviewCaseSeeds.inReview(jdbc, json, DUE);
    Integer serialBefore = lastSerial();
    String approve = "{\"decision\": \"APPROVE\"}";

    for (boolean reset : new boolean[] {false, true}) {
      try (AutoCloseable down = TestNca.remoteSigningDown(reset)) {
        mvc.perform(decision(applicationId, approve).with(officer()))
            .andExpect(status().isServiceUnavailable())
            .andExpect(
                jsonPath("$.type").value("https://cites.kz/problems/signature-service-unavailable"))
            .andExpect(jsonPath("$.officer").value(Personas.OFFICER_IIN));
      }
    }
    // a token the NCA does not accept (e.g. expired meanwhile)
    mvc.perform(
            decision(applicationId, approve)
                .with(person(Personas.OFFICER_IIN, "OFFICER", "expired-token")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/officer-signature-refused"));

    // a signature the NCA made for somebody else is no signature of this officer
    mvc.perform(
            decision(applicationId, approve)
                .with(person(Personas.OFFICER_IIN, "OFFICER", TestNca.tokenOf(Fixtures.OTHER_IIN))))
        .andExpect(status().isServiceUnavailable())
        .andExpect(
            jsonPath("$.type").value("https://cites.kz/problems/signature-service-unavailable"));

    mvc.perform(get("/api/v1/review/cases/" + applicationId).with(officer()))
        .andExpect(jsonPath("$.status").value("IN_REVIEW"))
        .andExpect(jsonPath("$.decision").doesNotExist());
    assertThat(permits.findByApplicationId(applicationId)).isEmpty();
    assertThat(lastSerial()).isEqualTo(serialBefore);
    assertThat(rows("audit_entry", applicationId)).isZero();
    assertThat(rows("document_signature", applicationId)).isZero();
    assertThat(rows("outbox_event", applicationId)).isZero();

    // once the NCA signs again, the same decision goes through
    mvc.perform(decision(applicationId, approve).with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"));
  }

  private Integer lastSerial() {
    return jdbc.sql("select last_serial from permit_number_counter where year = 2026")
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  private long rows(String table, UUID applicationId) {
    // the outbox keys events by the application id as text
    String column = table.equals("outbox_event") ? "message_key" : "application_id";
    return jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
        .param("id", table.equals("outbox_event") ? applicationId.toString() : applicationId)
        .query(Long.class)
        .single();
  }

  private String pdfText(MockHttpServletRequestBuilder request) throws Exception {
    byte[] pdf =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }

  private static MockHttpServletRequestBuilder decision(UUID applicationId, String body) {
    return post("/api/v1/review/cases/" + applicationId + "/decision")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}
