package kz.cites.simulator.nca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaCertificateID;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The NCA's OCSP responder as a relying party asks it, and the revocation switch a system test uses
 * to make a persona's certificate revoked (and good again).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OcspAndRevocationTest {

  static final String PERSON = "811201401188";
  static final String DIRECTOR = "680514304126";
  static final String COMPANY = "940140000385";

  @Autowired MockMvc mvc;

  @AfterEach
  void restoreEverything() throws Exception {
    mvc.perform(delete("/sim/nca/revocations")).andExpect(status().isNoContent());
    mvc.perform(delete("/sim/faults")).andExpect(status().isNoContent());
  }

  @Test
  void aPersonasCertificateIsGoodUntilRevokedAndGoodAgainWhenRestored() throws Exception {
    X509Certificate certificate = certificateOf(PERSON, null);
    assertThat(ocspAddress(certificate)).isEqualTo("http://localhost:8090/sim/nca/ocsp");

    assertThat(statusOf(certificate)).isEqualTo(CertificateStatus.GOOD);

    String revoked =
        mvc.perform(
                post("/sim/nca/revocations")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"iin\": \"" + PERSON + "\", \"reason\": \"SUPERSEDED\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.iin").value(PERSON))
            .andExpect(jsonPath("$.certificates.length()").value(1))
            .andExpect(
                jsonPath("$.certificates[0].serialNumber")
                    .value(certificate.getSerialNumber().toString(16)))
            .andExpect(jsonPath("$.certificates[0].reason").value("SUPERSEDED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String revokedAt = JsonPath.read(revoked, "$.certificates[0].revokedAt");

    RevokedStatus status = (RevokedStatus) statusOf(certificate);
    assertThat(status.getRevocationTime().toInstant().toString()).isEqualTo(revokedAt);
    assertThat(status.getRevocationReason()).isEqualTo(CRLReason.superseded);
    // signing goes on with the revoked certificate, so a relying party can be shown refusing it
    assertThat(certificateOf(PERSON, null).getSerialNumber())
        .isEqualTo(certificate.getSerialNumber());
    mvc.perform(get("/sim/nca/revocations"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].iin").value(PERSON));

    mvc.perform(delete("/sim/nca/revocations/" + PERSON)).andExpect(status().isNoContent());
    assertThat(statusOf(certificate)).isEqualTo(CertificateStatus.GOOD);
  }

  @Test
  void revokingADirectorRevokesTheCompanyKeyTooWithKeyCompromiseByDefault() throws Exception {
    mvc.perform(
            post("/sim/nca/revocations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"iin\": \"" + DIRECTOR + "\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.certificates.length()").value(2))
        .andExpect(jsonPath("$.certificates[0].reason").value("KEY_COMPROMISE"))
        .andExpect(jsonPath("$.certificates[1].reason").value("KEY_COMPROMISE"))
        .andExpect(jsonPath("$.certificates[1].bin").value(COMPANY));

    RevokedStatus companyKey = (RevokedStatus) statusOf(certificateOf(DIRECTOR, COMPANY));
    assertThat(companyKey.getRevocationReason()).isEqualTo(CRLReason.keyCompromise);
    assertThat(statusOf(certificateOf(DIRECTOR, null))).isInstanceOf(RevokedStatus.class);
  }

  @Test
  void aCertificateTheNcaNeverIssuedIsUnknown() throws Exception {
    BasicOCSPResp answer =
        ask(
            new JcaCertificateID(
                new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                root(),
                BigInteger.valueOf(987_654_321L)),
            null);
    assertThat(answer.getResponses()[0].getCertStatus()).isInstanceOf(UnknownStatus.class);
  }

  @Test
  void aBodyThatIsNoOcspRequestGetsTheProtocolsMalformedRequest() throws Exception {
    byte[] body =
        mvc.perform(
                post("/sim/nca/ocsp")
                    .contentType("application/ocsp-request")
                    .content("not der".getBytes(StandardCharsets.US_ASCII)))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/ocsp-response"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new OCSPResp(body).getStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
  }

  @Test
  void theOcspFaultSwitchMakesTheResponderDownFailingOrCutShort() throws Exception {
    byte[] request =
        new OCSPReqBuilder()
            .addRequest(
                new JcaCertificateID(
                    new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    root(),
                    certificateOf(PERSON, null).getSerialNumber()))
            .build()
            .getEncoded();
    var ask = post("/sim/nca/ocsp").contentType("application/ocsp-request").content(request);

    ocspFault("{\"down\": true}");
    mvc.perform(ask).andExpect(status().isServiceUnavailable());

    ocspFault("{\"errorRate\": 1.0}");
    mvc.perform(ask).andExpect(status().isInternalServerError());

    ocspFault("{\"malformed\": true}");
    byte[] cut = answerOf(ask);
    assertThatThrownBy(() -> new OCSPResp(cut)).isInstanceOf(Exception.class);
    mvc.perform(get("/sim/faults")).andExpect(jsonPath("$.ocsp.malformed").value(true));

    // resetting the responder's switch gives the real answer back
    mvc.perform(delete("/sim/faults/ocsp")).andExpect(status().isNoContent());
    assertThat(new OCSPResp(answerOf(ask)).getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
  }

  @Test
  void badRevocationRequestsAreProblemsNamingTheField() throws Exception {
    mvc.perform(
            post("/sim/nca/revocations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"iin\": \"990909307412\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/unknown-persona"))
        .andExpect(jsonPath("$.field").value("iin"));
    mvc.perform(
            post("/sim/nca/revocations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"iin\": \"" + PERSON + "\", \"reason\": \"BORED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/validation"))
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(
            post("/sim/nca/revocations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"iin\": \"12\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("iin"));
    mvc.perform(delete("/sim/nca/revocations/061211600012"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("iin"));
  }

  private byte[] answerOf(MockHttpServletRequestBuilder ask) throws Exception {
    return mvc.perform(ask)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private void ocspFault(String settings) throws Exception {
    mvc.perform(put("/sim/faults/ocsp").contentType(MediaType.APPLICATION_JSON).content(settings))
        .andExpect(status().isOk());
  }

  /** The status the responder gives {@code certificate}, after checking signature and nonce. */
  private CertificateStatus statusOf(X509Certificate certificate) throws Exception {
    CertificateID id =
        new JcaCertificateID(
            new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
            root(),
            certificate.getSerialNumber());
    byte[] nonce = new byte[16];
    new SecureRandom().nextBytes(nonce);
    BasicOCSPResp answer = ask(id, nonce);
    SingleResp single = answer.getResponses()[0];
    assertThat(single.getCertID()).isEqualTo(id);
    return single.getCertStatus();
  }

  private BasicOCSPResp ask(CertificateID id, byte[] nonce) throws Exception {
    OCSPReqBuilder request = new OCSPReqBuilder().addRequest(id);
    Extension nonceExtension = null;
    if (nonce != null) {
      nonceExtension =
          new Extension(
              OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
              false,
              new DEROctetString(new DEROctetString(nonce).getEncoded()));
      request.setRequestExtensions(new Extensions(nonceExtension));
    }
    byte[] body =
        mvc.perform(
                post("/sim/nca/ocsp")
                    .contentType("application/ocsp-request")
                    .content(request.build().getEncoded()))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/ocsp-response"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    OCSPResp response = new OCSPResp(body);
    assertThat(response.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
    BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
    assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(root())))
        .as("signed by the NCA root")
        .isTrue();
    if (nonceExtension != null) {
      assertThat(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue())
          .isEqualTo(nonceExtension.getExtnValue());
    }
    return basic;
  }

  private X509Certificate certificateOf(String iin, String bin) throws Exception {
    byte[] payload = "x".getBytes(StandardCharsets.UTF_8);
    String body =
        "{\"iin\":\"%s\",%s\"payload\":\"%s\"}"
            .formatted(
                iin,
                bin == null ? "" : "\"bin\":\"" + bin + "\",",
                Base64.getEncoder().encodeToString(payload));
    String response =
        mvc.perform(post("/sim/nca/sign").contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    CMSSignedData cms =
        new CMSSignedData(
            new CMSProcessableByteArray(payload),
            Base64.getDecoder().decode(JsonPath.<String>read(response, "$.signature")));
    @SuppressWarnings("unchecked")
    X509CertificateHolder holder =
        (X509CertificateHolder)
            cms.getCertificates()
                .getMatches(cms.getSignerInfos().getSigners().iterator().next().getSID())
                .iterator()
                .next();
    return certificate(holder.getEncoded());
  }

  private X509Certificate root() throws Exception {
    return certificate(
        mvc.perform(get("/sim/nca/root"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray());
  }

  private static X509Certificate certificate(byte[] encoded) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(encoded));
  }

  private static String ocspAddress(X509Certificate certificate) throws Exception {
    Extension aia =
        new JcaX509CertificateHolder(certificate).getExtension(Extension.authorityInfoAccess);
    AccessDescription access =
        AuthorityInformationAccess.getInstance(aia.getParsedValue()).getAccessDescriptions()[0];
    assertThat(access.getAccessMethod()).isEqualTo(AccessDescription.id_ad_ocsp);
    return ASN1IA5String.getInstance(access.getAccessLocation().getName()).getString();
  }
}
