package kz.cites.permit.signing;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.cites.eds.TrustedRoots;
import kz.cites.permit.Fixtures;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.TestNca;
import kz.cites.permit.permits.PermitIssuer;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.signing.domain.Nca;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/** The authority's seal: made once, enrolled at the NCA, and never resting unencrypted. */
class AuthoritySealTest extends IntegrationTest {

  @Autowired AuthoritySeal seal;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired Nca nca;
  @Autowired TrustedRoots roots;
  @Autowired SigningProperties properties;
  @Autowired PlatformTransactionManager transactions;
  @Autowired PermitIssuer issuer;
  @Autowired MockMvc mvc;

  @Test
  void theSealsKeyRestsEncryptedAndOpensOnlyWithThePassword() throws Exception {
    AuthoritySeal.Seal current = seal.current();
    byte[] stored =
        jdbc.sql("select keystore from authority_seal where active").query(byte[].class).single();

    KeyStore withoutPassword = KeyStore.getInstance("PKCS12");
    assertThatThrownBy(
            () -> withoutPassword.load(new ByteArrayInputStream(stored), "guess".toCharArray()))
        .isInstanceOf(IOException.class);
    KeyStore opened = KeyStore.getInstance("PKCS12");
    opened.load(new ByteArrayInputStream(stored), SEAL_PASSWORD.toCharArray());
    PrivateKey key = (PrivateKey) opened.getKey("authority-seal", SEAL_PASSWORD.toCharArray());
    assertThat(key.getEncoded()).isEqualTo(current.key().getEncoded());
    // neither the key's encoding nor its secret scalar appears in what is stored
    assertThat(contains(stored, key.getEncoded())).isFalse();
    assertThat(contains(stored, scalar((ECPrivateKey) key))).isFalse();
    // and the legacy keys keep no private member
    assertThat(
            jdbc.sql("select count(*) from signing_key where jwk::jsonb -> 'd' is not null")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void twoInstancesMakingTheFirstSealAtOnceEndWithOneAndAskTheNcaOnce() throws Exception {
    retireTheSeal();
    int enrolmentsBefore = enrolments();
    // two instances of the service: two seals over the one database
    List<AuthoritySeal> instances =
        List.of(
            new AuthoritySeal(jdbc, clock, nca, roots, properties, transactions),
            new AuthoritySeal(jdbc, clock, nca, roots, properties, transactions));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(instances.size());
    try {
      List<Future<AuthoritySeal.Seal>> racing =
          instances.stream()
              .map(
                  instance ->
                      pool.submit(
                          () -> {
                            start.await();
                            return instance.current();
                          }))
              .toList();
      start.countDown();
      String first = racing.get(0).get().serial();
      assertThat(racing.get(1).get().serial()).isEqualTo(first);
      assertThat(
              jdbc.sql("select certificate_serial from authority_seal where active")
                  .query(String.class)
                  .list())
          .containsExactly(first);
      assertThat(enrolments() - enrolmentsBefore).isEqualTo(1);
      assertThat(seal.current().serial()).isEqualTo(first);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRetiredSealLosesItsKeyButWhatItSignedStaysVerifiableAndPublished() throws Exception {
    Permit before = issue();
    String oldSerial = seal.current().serial();

    retireTheSeal();
    Permit after = issue();

    assertThat(seal.current().serial()).isNotEqualTo(oldSerial);
    assertThat(
            jdbc.sql(
                    "select count(*) from authority_seal where certificate_serial = :serial"
                        + " and keystore is null and not active")
                .param("serial", oldSerial)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    for (Permit permit : List.of(before, after)) {
      mvc.perform(
              get("/api/v1/public/permits/" + permit.number()).param("code", permit.securityCode()))
          .andExpect(jsonPath("$.signature.cms.valid").value(true))
          .andExpect(jsonPath("$.signature.jws.valid").value(true));
    }
    mvc.perform(get("/api/v1/public/keys"))
        .andExpect(jsonPath("$.keys[?(@.kid == '" + oldSerial + "')].x5c").exists())
        .andExpect(jsonPath("$.keys[*].d").doesNotExist());
  }

  @Test
  void aDocumentSignedWithALegacyKeyStaysVerifiableThroughItsPublishedPublicKey() throws Exception {
    ECKey legacy =
        new ECKeyGenerator(Curve.P_256)
            .keyID("cites-kz-20260101-" + UUID.randomUUID().toString().substring(0, 8))
            .generate();
    jdbc.sql(
            "insert into signing_key (kid, algorithm, jwk, active, created_at, retired_at)"
                + " values (:kid, 'ES256', :jwk, false, :at, :at)")
        .param("kid", legacy.getKeyID())
        .param("jwk", legacy.toPublicJWK().toJSONString())
        .param("at", Timestamp.from(NOW))
        .update();
    Permit permit = issue();
    // as it was signed before the seal: JWS with the legacy key, no CMS kept
    JWSObject old =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(legacy.getKeyID())
                .type(new JOSEObjectType("cites-permit+json"))
                .build(),
            new Payload(JWSObject.parse(permit.document()).getPayload().toBytes()));
    old.sign(new ECDSASigner(legacy));
    jdbc.sql("update permit set document = :jws where number = :number")
        .param("jws", old.serialize())
        .param("number", permit.number())
        .update();
    jdbc.sql("delete from document_signature where application_id = :id")
        .param("id", permit.applicationId())
        .update();

    mvc.perform(
            get("/api/v1/public/permits/" + permit.number()).param("code", permit.securityCode()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.signature.jws.valid").value(true))
        .andExpect(jsonPath("$.signature.cms").doesNotExist())
        .andExpect(jsonPath("$.signature.signedBy").doesNotExist());
    mvc.perform(
            get("/api/v1/permits/" + permit.number() + "/document")
                .accept("application/pkcs7-signature")
                .with(kz.cites.permit.Personas.officer()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/public/keys"))
        .andExpect(jsonPath("$.keys[?(@.kid == '" + legacy.getKeyID() + "')].x").exists());
  }

  private Permit issue() {
    return issuer.issue(
        UUID.randomUUID(),
        "KZ-2026-K",
        Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true),
        Fixtures.REGISTERED_HOLDER);
  }

  /** As an operator would to force a new seal: the active one retired, its key erased. */
  private void retireTheSeal() {
    seal.current();
    jdbc.sql(
            "update authority_seal set active = false, keystore = null, retired_at = now()"
                + " where active")
        .update();
  }

  private static int enrolments() {
    return TestNca.server()
        .countRequestsMatching(postRequestedFor(urlEqualTo("/sim/nca/certificates")).build())
        .getCount();
  }

  private static byte[] scalar(ECPrivateKey key) {
    byte[] s = key.getS().toByteArray();
    return s[0] == 0 ? java.util.Arrays.copyOfRange(s, 1, s.length) : s;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
