package kz.cites.simulator.nca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The stand-in for the NCA's remote signing: a service holding an officer's live token gets the
 * officer's own signature, and nobody gets one without such a token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RemoteSigningTest {

  static final String OFFICER_IIN = "860606407353";
  static final byte[] PAYLOAD =
      "{\"documentType\":\"CITES_PERMIT\",\"number\":\"26KZ000001\"}"
          .getBytes(StandardCharsets.UTF_8);

  @Autowired MockMvc mvc;

  @Test
  void theHolderOfAnOfficersTokenGetsADetachedCmsByTheOfficersPersonalCertificate()
      throws Exception {
    String token = token("{\"iin\":\"" + OFFICER_IIN + "\",\"roles\":[\"OFFICER\"]}");

    String answer =
        mvc.perform(remoteSignature(PAYLOAD).header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    byte[] der = Base64.getDecoder().decode(JsonPath.<String>read(answer, "$.signature"));
    CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(PAYLOAD), der);
    assertThat(cms.isDetachedSignature()).isTrue();
    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    @SuppressWarnings("unchecked")
    X509CertificateHolder holder =
        (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
    X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
    assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
    certificate.verify(root().getPublicKey());
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    assertThat(
            IETFUtils.valueToString(subject.getRDNs(BCStyle.SERIALNUMBER)[0].getFirst().getValue()))
        .isEqualTo("IIN" + OFFICER_IIN);
    assertThat(subject.getRDNs(BCStyle.OU)).as("personal, not a company key").isEmpty();
    assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNotNull();

    // other bytes do not verify against that signature
    SignerInformation overOtherBytes =
        new CMSSignedData(
                new CMSProcessableByteArray("tampered".getBytes(StandardCharsets.UTF_8)), der)
            .getSignerInfos()
            .getSigners()
            .iterator()
            .next();
    assertThatThrownBy(
            () ->
                overOtherBytes.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)))
        .isInstanceOf(CMSSignerDigestMismatchException.class);
  }

  @Test
  void withoutATokenOfThisIdentityProviderNothingIsSigned() throws Exception {
    String forged = forgedToken();
    for (String authorization :
        new String[] {null, "Bearer", "Bearer not-a-jwt", "Basic b2ZmaWNlcjpwdw==", forged}) {
      MockHttpServletRequestBuilder request = remoteSignature(PAYLOAD);
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      mvc.perform(request)
          .andExpect(status().isUnauthorized())
          .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
          .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/invalid-token"));
    }
  }

  @Test
  void aPayloadThatIsNoBase64IsAProblemNamingIt() throws Exception {
    String token = token("{\"iin\":\"" + OFFICER_IIN + "\",\"roles\":[\"OFFICER\"]}");
    mvc.perform(
            post("/sim/nca/remote-signatures")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"payload\":\"*** not base64 ***\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("payload"));
  }

  /** Same claims as a real token, signed with a key the identity provider never had. */
  private static String forgedToken() throws Exception {
    var key = new RSAKeyGenerator(2048).keyID("forger").generate();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .issuer("http://localhost:8090/sim/idp")
                .audience("cites-api")
                .subject(OFFICER_IIN)
                .claim("iin", OFFICER_IIN)
                .claim("roles", List.of("OFFICER"))
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .build());
    jwt.sign(new RSASSASigner(key));
    return "Bearer " + jwt.serialize();
  }

  private static MockHttpServletRequestBuilder remoteSignature(byte[] payload) {
    return post("/sim/nca/remote-signatures")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"payload\":\"" + Base64.getEncoder().encodeToString(payload) + "\"}");
  }

  private String token(String request) throws Exception {
    String answer =
        mvc.perform(post("/sim/idp/token").contentType(MediaType.APPLICATION_JSON).content(request))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(answer, "$.access_token");
  }

  private X509Certificate root() throws Exception {
    return OrganisationEnrolmentTest.certificates(
            mvc.perform(get("/sim/nca/root")).andReturn().getResponse().getContentAsString())
        .getFirst();
  }
}
