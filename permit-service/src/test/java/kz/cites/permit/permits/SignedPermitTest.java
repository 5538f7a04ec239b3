package kz.cites.permit.permits;

import static kz.cites.permit.Personas.applicant;
import static kz.cites.permit.Personas.officer;
import static kz.cites.permit.Personas.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import java.time.Duration;
import java.util.UUID;
import kz.cites.permit.ArchivalPdfs;
import kz.cites.permit.Fixtures;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.Personas;
import kz.cites.permit.Published;
import kz.cites.permit.TestClock;
import kz.cites.permit.permits.domain.Permit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

class SignedPermitTest extends IntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired MockMvc mvc;
  @Autowired PermitIssuer issuer;
  @Autowired TestClock clock;
  @Autowired JsonMapper json;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theSignedPermitVerifiesWithThePublishedKeysAndATamperedOneDoesNot() throws Exception {
    Permit permit = issue();
    String jws = document(permit);

    JWSObject parsed = JWSObject.parse(jws);
    assertThat(parsed.getHeader().getKeyID()).isNotBlank();
    assertThat(parsed.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
    assertThat(verifies(jws, publishedKeys())).isTrue();
    var payload = parsed.getPayload().toJSONObject();
    assertThat(payload)
        .containsEntry("documentType", "CITES_PERMIT")
        .containsEntry("number", permit.number())
        .containsEntry("type", "EXPORT")
        .containsEntry("validUntil", "2027-02-28")
        .containsEntry("securityStampNumber", permit.securityCode())
        .containsEntry("issuePlace", "Astana");
    assertThat(payload.get("verificationUrl").toString())
        .endsWith("/api/v1/public/permits/" + permit.number() + "?code=" + permit.securityCode());

    // Tampering with the payload (e.g. a longer validity) breaks the signature.
    String[] parts = jws.split("\\.");
    String forged =
        Base64URL.encode(parsed.getPayload().toString().replace("2027-02-28", "2030-02-28"))
            .toString();
    assertThat(verifies(parts[0] + "." + forged + "." + parts[2], publishedKeys())).isFalse();

    // the key that sealed it is published with its NCA chain; no key is published privately
    JWKSet published = publishedKeys();
    assertThat(published.getKeyByKeyId(parsed.getHeader().getKeyID()).getX509CertChain())
        .isEqualTo(parsed.getHeader().getX509CertChain());
    assertThat(published.getKeys()).allMatch(k -> !k.isPrivate());

    mvc.perform(
            get("/api/v1/permits/" + permit.number() + "/document")
                .with(applicant(Fixtures.OTHER_IIN)))
        .andExpect(status().isNotFound());
  }

  @Test
  void thePdfOpensAndItsQrCodeLeadsToPublicVerification() throws Exception {
    Permit permit = issue();
    byte[] pdf =
        mvc.perform(
                get("/api/v1/permits/" + permit.number() + "/document")
                    .accept(MediaType.APPLICATION_PDF)
                    .with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text)
          .contains("EXPORT PERMIT")
          .contains(permit.number())
          .contains("Falco cherrug")
          .contains("2027-02-28")
          .contains("Falcon Club Dubai");
      var page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 200);
      var bitmap =
          new com.google.zxing.BinaryBitmap(
              new com.google.zxing.common.HybridBinarizer(
                  new com.google.zxing.client.j2se.BufferedImageLuminanceSource(page)));
      String qr =
          new com.google.zxing.MultiFormatReader()
              .decode(
                  bitmap,
                  java.util.Map.of(
                      com.google.zxing.DecodeHintType.POSSIBLE_FORMATS,
                      java.util.List.of(com.google.zxing.BarcodeFormat.QR_CODE),
                      com.google.zxing.DecodeHintType.TRY_HARDER,
                      Boolean.TRUE))
              .getText();
      assertThat(qr)
          .isEqualTo(
              "http://localhost:8080/api/v1/public/permits/"
                  + permit.number()
                  + "?code="
                  + permit.securityCode());
    }
  }

  @Test
  void thePdfPrintsTheHoldersKazakhNameInAnEmbeddedFontWithItsTransliteration() throws Exception {
    Permit permit = issue();
    byte[] pdf =
        mvc.perform(
                get("/api/v1/permits/" + permit.number() + "/document")
                    .accept(MediaType.APPLICATION_PDF)
                    .with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    String text = ArchivalPdfs.textOfAnArchivalPdf(pdf);
    // Ә, і and қ are letters of Kazakh that no Russian (and no standard PDF) font has
    assertThat(Fixtures.REGISTERED_HOLDER.name()).contains("Ә", "і", "қ");
    assertThat(text)
        .contains(Fixtures.REGISTERED_HOLDER.name())
        .contains(Fixtures.REGISTERED_HOLDER.latin())
        .contains("Falcon Club Dubai");
  }

  @Test
  void publicVerificationNeedsTheRightCodeAndRevealsNothingOtherwise() throws Exception {
    Permit permit = issue();
    String path = "/api/v1/public/permits/" + permit.number();

    mvc.perform(get(path).param("code", permit.securityCode()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.number").value(permit.number()))
        .andExpect(jsonPath("$.status").value("VALID"))
        .andExpect(jsonPath("$.type").value("EXPORT"))
        .andExpect(jsonPath("$.validUntil").value("2027-02-28"))
        .andExpect(jsonPath("$.specimens[0].scientificName").value("Falco cherrug"))
        .andExpect(jsonPath("$.specimens[0].quantity").value(1))
        .andExpect(jsonPath("$.exporter").doesNotExist())
        .andExpect(jsonPath("$.securityCode").doesNotExist());

    String wrongCode =
        mvc.perform(get(path).param("code", "WRONG234"))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String unknownNumber =
        mvc.perform(get("/api/v1/public/permits/26KZ999999").param("code", permit.securityCode()))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // The same problem in both cases; only "instance" echoes the path the caller asked for.
    assertThat(withoutInstance(wrongCode)).isEqualTo(withoutInstance(unknownNumber));
    assertThat(withoutInstance(wrongCode)).doesNotContain(permit.number());
    mvc.perform(get(path)).andExpect(status().isNotFound());

    // After its last day (28 Feb 2027 in Almaty) the same permit reads as expired.
    clock.advance(Duration.ofDays(200));
    mvc.perform(get(path).param("code", permit.securityCode()))
        .andExpect(jsonPath("$.status").value("EXPIRED"));
    mvc.perform(get("/api/v1/permits/" + permit.number()).with(officer()))
        .andExpect(jsonPath("$.status").value("EXPIRED"));
  }

  @Test
  void theExporterIsNamedAsTheRegistryHoldsThePersonNotAsTheDraftSpellsIt() throws Exception {
    Permit permit = issue();

    // the draft said "Abenova Aigerim Serikovna"; identity data come through the gateway
    mvc.perform(get("/api/v1/permits/" + permit.number()).with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.exporter.name").value("Әбенова Айгерім Серікқызы"))
        .andExpect(jsonPath("$.exporter.nameLatin").value("Abenova Aigerim Serikqyzy"))
        .andExpect(jsonPath("$.exporter.countryCode").value("KZ"))
        .andExpect(jsonPath("$.importer.nameLatin").doesNotExist());
  }

  @Test
  void anOfficerCancelsAValidPermitOnceWithAReason() throws Exception {
    Permit permit = issue();
    String cancellation = "/api/v1/permits/" + permit.number() + "/cancellation";
    String body = "{\"reason\": \"Specimen seized at the border.\"}";

    mvc.perform(
            post(cancellation)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(cancellation)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \" \"}")
                .with(officer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(
            post(cancellation)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CANCELLED"))
        .andExpect(jsonPath("$.cancellation.by").value(Personas.OFFICER_IIN))
        .andExpect(jsonPath("$.cancellation.reason").value("Specimen seized at the border."));
    mvc.perform(
            post(cancellation)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(officer()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/permit-not-cancellable"))
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.permitStatus").value("CANCELLED"));

    mvc.perform(
            get("/api/v1/public/permits/" + permit.number()).param("code", permit.securityCode()))
        .andExpect(jsonPath("$.status").value("CANCELLED"));
    await()
        .atMost(PATIENCE)
        .until(
            () -> Published.typesFor(permit.applicationId()).contains("kz.cites.PermitCancelled"));
    var cancelled = Published.payload(json, permit.applicationId(), "kz.cites.PermitCancelled");
    assertThat(cancelled.get("permitNumber").asString()).isEqualTo(permit.number());
    assertThat(cancelled.get("cancelledBy").asString()).isEqualTo(Personas.OFFICER_IIN);

    mvc.perform(get("/api/v1/permits/" + permit.number() + "/audit").with(person("1", "OPERATOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].action").value("ISSUED"))
        .andExpect(jsonPath("$.items[0].actor").value("system"))
        .andExpect(jsonPath("$.items[1].action").value("CANCELLED"))
        .andExpect(jsonPath("$.items[1].actor").value(Personas.OFFICER_IIN))
        .andExpect(jsonPath("$.items[1].detail").value("Specimen seized at the border."));
    mvc.perform(
            get("/api/v1/permits/" + permit.number() + "/audit")
                .with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isForbidden());
  }

  private String withoutInstance(String problem) {
    var node = (tools.jackson.databind.node.ObjectNode) json.readTree(problem);
    node.remove("instance");
    return node.toString();
  }

  private Permit issue() {
    return issuer.issue(
        UUID.randomUUID(),
        "KZ-2026-S",
        Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true),
        Fixtures.REGISTERED_HOLDER);
  }

  private String document(Permit permit) throws Exception {
    return mvc.perform(
            get("/api/v1/permits/" + permit.number() + "/document")
                .with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/jose"))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theKeysAreServedToClientsThatAskForPlainJsonOrForAJwkSet() throws Exception {
    for (String accept : new String[] {"application/json", "application/jwk-set+json"}) {
      String body =
          mvc.perform(get("/api/v1/public/keys").accept(accept))
              .andExpect(status().isOk())
              .andExpect(content().contentTypeCompatibleWith(accept))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(JWKSet.parse(body).getKeys()).isNotEmpty();
    }
  }

  /** The keys as a verifier gets them: anonymously, over HTTP. */
  private JWKSet publishedKeys() throws Exception {
    return JWKSet.parse(
        mvc.perform(get("/api/v1/public/keys"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** Verification as any relying party does it, with nimbus only: the kid picks the key. */
  private static boolean verifies(String jws, JWKSet keys) throws Exception {
    JWSObject object = JWSObject.parse(jws);
    JWK key = keys.getKeyByKeyId(object.getHeader().getKeyID());
    return key != null && object.verify(new ECDSAVerifier(key.toECKey()));
  }
}
