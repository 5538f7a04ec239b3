package kz.cites.simulator.nca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What a relying party checks of the simulator's signatures, checked here with BouncyCastle. */
@SpringBootTest
@AutoConfigureMockMvc
class NcaTest {

  @Autowired MockMvc mvc;

  @Test
  void aPersonasSignatureVerifiesOverThePayloadAndChainsToThePublishedRoot() throws Exception {
    byte[] payload = "{\"applicationId\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    CMSSignedData cms = sign("{\"iin\":\"811201401188\",\"payload\":\"%s\"}", payload);

    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    X509Certificate certificate = signerCertificate(cms, signer);
    assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
    certificate.verify(root().getPublicKey()); // throws unless the root issued it
    assertThat(rdn(certificate, BCStyle.SERIALNUMBER)).isEqualTo("IIN811201401188");
    assertThat(
            signer.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime))
        .isNotNull();
  }

  @Test
  void aCompanyKeyCarriesTheBinOfTheCompanyThePersonaActsFor() throws Exception {
    byte[] payload = "company".getBytes(StandardCharsets.UTF_8);

    CMSSignedData cms =
        sign("{\"iin\":\"680514304126\",\"bin\":\"940140000385\",\"payload\":\"%s\"}", payload);

    X509Certificate certificate =
        signerCertificate(cms, cms.getSignerInfos().getSigners().iterator().next());
    assertThat(rdn(certificate, BCStyle.SERIALNUMBER)).isEqualTo("IIN680514304126");
    assertThat(rdn(certificate, BCStyle.OU)).isEqualTo("BIN940140000385");
  }

  @Test
  void nobodySignsForAnUnknownPersonOrACompanyTheyDoNotActFor() throws Exception {
    mvc.perform(
            post("/sim/nca/sign")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"iin\":\"990909307412\",\"payload\":\"YQ==\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("iin"));
    mvc.perform(
            post("/sim/nca/sign")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"iin\":\"811201401188\",\"bin\":\"940140000385\",\"payload\":\"YQ==\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.field").value("bin"));
  }

  private CMSSignedData sign(String bodyTemplate, byte[] payload) throws Exception {
    String body = bodyTemplate.formatted(Base64.getEncoder().encodeToString(payload));
    String response =
        mvc.perform(post("/sim/nca/sign").contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    byte[] signature = Base64.getDecoder().decode(JsonPath.<String>read(response, "$.signature"));
    return new CMSSignedData(new CMSProcessableByteArray(payload), signature);
  }

  private X509Certificate root() throws Exception {
    String pem =
        mvc.perform(get("/sim/nca/root"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  @SuppressWarnings("unchecked")
  private static X509Certificate signerCertificate(CMSSignedData cms, SignerInformation signer)
      throws Exception {
    X509CertificateHolder holder =
        (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
  }

  private static String rdn(
      X509Certificate certificate, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
    X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    return IETFUtils.valueToString(name.getRDNs(type)[0].getFirst().getValue());
  }
}
