package kz.cites.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaCertificateID;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15, item 2: a restarted simulator is the same outside world. What the payment gateway, the
 * NCA and the identity provider told anyone before the restart stays true after it: the receipt is
 * still found (by number and through SHEP), a persona signs with the same certificate, a revoked
 * certificate is still revoked (same time, same reason), an organisation's certificate is still one
 * the NCA issued (OCSP good, not unknown), a token issued before still opens the NCA's remote
 * signing, and the JWKS is the same.
 */
class SimulatorRestartTest {

  private static final String ABENOVA = "811201401188";
  private static final String DIRECTOR = "680514304126";
  private static final String COMMITTEE_BIN = "190440026173";

  @TempDir Path state;

  private final JsonMapper json = JsonMapper.shared();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void receiptsCertificatesRevocationsAndTheTokenKeySurviveARestart() throws Exception {
    String reference = UUID.randomUUID().toString();
    String receipt;
    String token;
    String jwks;
    BigInteger directorSerial;
    JsonNode revoked;
    X509Certificate organisation;
    try (ConfigurableApplicationContext simulator = start()) {
      int port = port(simulator);
      token =
          post(
                  port,
                  "/sim/idp/token",
                  "{\"iin\": \"" + DIRECTOR + "\", \"roles\": [\"APPLICANT\"]}")
              .get("access_token")
              .asString();
      jwks = get(port, "/sim/idp/jwks");
      receipt =
          post(
                  port,
                  "/sim/payments",
                  """
                  {"payerIin": "%s", "amount": 8650.00, "reference": "%s"}
                  """
                      .formatted(ABENOVA, reference))
              .get("receiptNumber")
              .asString();
      directorSerial = signerSerial(post(port, "/sim/nca/sign", signRequest(DIRECTOR)));
      revoked =
          post(
                  port,
                  "/sim/nca/revocations",
                  "{\"iin\": \"" + ABENOVA + "\", \"reason\": \"SUPERSEDED\"}")
              .get("certificates");
      organisation = enrol(port);
    }

    try (ConfigurableApplicationContext restarted = start()) {
      int port = port(restarted);
      JsonNode kept = json.readTree(get(port, "/sim/payments/" + receipt));
      assertThat(kept.get("reference").asString()).isEqualTo(reference);
      assertThat(kept.get("payerId").asString()).isEqualTo(ABENOVA);
      JsonNode looked =
          post(
              port,
              "/shep/sync",
              """
              {"messageId": "%s", "correlationId": "%s", "serviceId": "PAYMENT_RECEIPTS",
               "messageDate": "2026-11-25T10:15:30Z",
               "sender": {"senderId": "cites-permits", "password": "dev-secret"},
               "payload": {"payerId": "%s", "reference": "%s"}}
              """
                  .formatted(UUID.randomUUID(), UUID.randomUUID(), ABENOVA, reference));
      assertThat(looked.at("/payload/receipts/0/receiptNumber").asString()).isEqualTo(receipt);

      assertThat(signerSerial(post(port, "/sim/nca/sign", signRequest(DIRECTOR))))
          .as("the persona signs with the certificate it had before the restart")
          .isEqualTo(directorSerial);
      assertThat(json.readTree(get(port, "/sim/nca/revocations"))).isEqualTo(revoked);
      X509Certificate root = certificate(get(port, "/sim/nca/root"));
      BigInteger revokedSerial = new BigInteger(revoked.get(0).get("serialNumber").asString(), 16);
      assertThat(ocsp(port, root, revokedSerial)).isInstanceOf(RevokedStatus.class);
      assertThat(ocsp(port, root, organisation.getSerialNumber()))
          .as("the organisation's certificate is still one the NCA issued")
          .isEqualTo(CertificateStatus.GOOD);

      assertThat(get(port, "/sim/idp/jwks")).isEqualTo(jwks);
      HttpResponse<String> remote =
          http.send(
              HttpRequest.newBuilder(url(port, "/sim/nca/remote-signatures"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(payload()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(remote.statusCode())
          .as("a token issued before the restart is still valid: " + remote.body())
          .isEqualTo(200);
      assertThat(signerSerial(json.readTree(remote.body()))).isEqualTo(directorSerial);
    }
  }

  @Test
  void withoutAStateFolderARestartForgetsTheReceipts() throws Exception {
    String receipt;
    try (ConfigurableApplicationContext simulator = start("")) {
      receipt =
          post(
                  port(simulator),
                  "/sim/payments",
                  "{\"payerIin\": \"" + ABENOVA + "\", \"amount\": 1}")
              .get("receiptNumber")
              .asString();
    }
    try (ConfigurableApplicationContext restarted = start("")) {
      HttpResponse<String> gone =
          http.send(
              HttpRequest.newBuilder(url(port(restarted), "/sim/payments/" + receipt)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(gone.statusCode()).isEqualTo(404);
    }
  }

  private ConfigurableApplicationContext start() {
    return start(state.toString());
  }

  private static ConfigurableApplicationContext start(String stateDirectory) {
    // as arguments: they win over application.properties
    return new SpringApplicationBuilder(EgovSimulatorApplication.class)
        .run(
            "--server.port=0",
            "--management.server.port=0",
            "--cites.simulator.state.directory=" + stateDirectory);
  }

  private X509Certificate enrol(int port) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    byte[] csr =
        new JcaPKCS10CertificationRequestBuilder(
                new X500Name("C=KZ, OU=BIN" + COMMITTEE_BIN + ", CN=seal"), keys.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))
            .getEncoded();
    HttpResponse<String> chain =
        http.send(
            HttpRequest.newBuilder(url(port, "/sim/nca/certificates"))
                .header("Content-Type", "application/pkcs10")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csr))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(chain.statusCode()).as(chain.body()).isEqualTo(201);
    return certificate(chain.body());
  }

  private Object ocsp(int port, X509Certificate root, BigInteger serial) throws Exception {
    CertificateID id =
        new JcaCertificateID(
            new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
            root,
            serial);
    byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
    HttpResponse<byte[]> answer =
        http.send(
            HttpRequest.newBuilder(url(port, "/sim/nca/ocsp"))
                .header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).isEqualTo(200);
    BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(answer.body()).getResponseObject();
    return basic.getResponses()[0].getCertStatus();
  }

  private static String signRequest(String iin) {
    return "{\"iin\": \"" + iin + "\", \"payload\": \"" + base64Payload() + "\"}";
  }

  private static String payload() {
    return "{\"payload\": \"" + base64Payload() + "\"}";
  }

  private static String base64Payload() {
    return Base64.getEncoder().encodeToString("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
  }

  private static BigInteger signerSerial(JsonNode signature) throws Exception {
    CMSSignedData cms =
        new CMSSignedData(Base64.getDecoder().decode(signature.get("signature").asString()));
    X509CertificateHolder signer = cms.getCertificates().getMatches(null).iterator().next();
    return signer.getSerialNumber();
  }

  private static X509Certificate certificate(String pem) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  private JsonNode post(int port, String path, String body) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(url(port, path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
    return json.readTree(response.body());
  }

  private String get(int port, String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(url(port, path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  private static URI url(int port, String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static int port(ConfigurableApplicationContext simulator) {
    return ((WebServerApplicationContext) simulator).getWebServer().getPort();
  }
}
