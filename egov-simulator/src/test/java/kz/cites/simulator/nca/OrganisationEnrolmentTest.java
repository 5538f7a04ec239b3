package kz.cites.simulator.nca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** An organisation asks the NCA to certify its own key: the CITES authority's electronic seal. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationEnrolmentTest {

  /** The Committee of Forestry and Wildlife, as the legal-entities registry knows it. */
  static final String COMMITTEE_BIN = "190440026173";

  @Autowired MockMvc mvc;
  @Autowired NcaAuthority nca;

  @Test
  void theCommitteeGetsACertificateForItsKeyNamedAsTheRegistryNamesItWithTheRoot()
      throws Exception {
    KeyPair keys = keys();
    byte[] csr = csr("C=KZ, O=Whatever the request says, OU=BIN" + COMMITTEE_BIN, keys, keys);

    String chain =
        mvc.perform(post("/sim/nca/certificates").contentType("application/pkcs10").content(csr))
            .andExpect(status().isCreated())
            .andExpect(content().contentTypeCompatibleWith("application/pem-certificate-chain"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    List<X509Certificate> certificates = certificates(chain);
    assertThat(certificates).hasSize(2);
    X509Certificate certificate = certificates.get(0);
    X509Certificate root = certificates.get(1);
    assertThat(root).isEqualTo(publishedRoot());
    certificate.verify(root.getPublicKey()); // throws unless the root issued it
    assertThat(certificate.getPublicKey()).isEqualTo(keys.getPublic());
    String registered = "РГУ «Комитет лесного хозяйства и животного мира МЭПР РК»";
    assertThat(rdn(certificate, BCStyle.O)).isEqualTo(registered);
    assertThat(rdn(certificate, BCStyle.CN)).isEqualTo(registered);
    assertThat(rdn(certificate, BCStyle.OU)).isEqualTo("BIN" + COMMITTEE_BIN);
    assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
    assertThat(certificate.getKeyUsage()[1]).as("nonRepudiation").isTrue();
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    Extension aia =
        new JcaX509CertificateHolder(certificate).getExtension(Extension.authorityInfoAccess);
    var ocsp = AuthorityInformationAccess.getInstance(aia.getParsedValue()).getAccessDescriptions();
    assertThat(ocsp[0].getAccessMethod()).isEqualTo(AccessDescription.id_ad_ocsp);
    assertThat(ocsp[0].getAccessLocation().getName().toString()).endsWith("/sim/nca/ocsp");
    // random positive serials, known to the OCSP responder
    assertThat(certificate.getSerialNumber().signum()).isPositive();
    assertThat(certificate.getSerialNumber().bitLength()).isGreaterThan(64);
    assertThat(nca.status(certificate.getSerialNumber()))
        .isInstanceOf(NcaAuthority.Status.Good.class);

    // a PEM request is taken too, and every enrolment is a new certificate
    String again =
        mvc.perform(
                post("/sim/nca/certificates")
                    .contentType("application/pkcs10")
                    .content(pem(new PKCS10CertificationRequest(csr))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(certificates(again).getFirst().getSerialNumber())
        .isNotEqualTo(certificate.getSerialNumber());
  }

  @Test
  void aRequestThatIsNoCsrOrNotSignedByItsKeyOrForNoActiveCompanyIsRefused() throws Exception {
    KeyPair keys = keys();
    mvc.perform(
            post("/sim/nca/certificates")
                .contentType("application/pkcs10")
                .content("not a request".getBytes(StandardCharsets.US_ASCII)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/invalid-csr"));
    // signed with another key than the one to certify: no proof of possession
    mvc.perform(
            post("/sim/nca/certificates")
                .contentType("application/pkcs10")
                .content(csr("C=KZ, OU=BIN" + COMMITTEE_BIN, keys, keys())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/invalid-csr"));
    mvc.perform(
            post("/sim/nca/certificates")
                .contentType("application/pkcs10")
                .content(csr("C=KZ, CN=No BIN here", keys, keys)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/invalid-csr"));
    // a valid BIN nobody registered, and a liquidated company
    for (String bin : List.of("990140004654", "050640003212")) {
      mvc.perform(
              post("/sim/nca/certificates")
                  .contentType("application/pkcs10")
                  .content(csr("C=KZ, OU=BIN" + bin, keys, keys)))
          .andExpect(status().isBadRequest())
          .andExpect(
              jsonPath("$.type").value("https://cites.kz/problems/simulator/unknown-legal-entity"))
          .andExpect(jsonPath("$.field").value("bin"));
    }
  }

  private X509Certificate publishedRoot() throws Exception {
    return certificates(
            mvc.perform(get("/sim/nca/root")).andReturn().getResponse().getContentAsString())
        .getFirst();
  }

  static byte[] csr(String subject, KeyPair subjectKeys, KeyPair signingKeys) throws Exception {
    return new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), subjectKeys.getPublic())
        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signingKeys.getPrivate()))
        .getEncoded();
  }

  private static String pem(PKCS10CertificationRequest request) throws Exception {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(request);
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  static List<X509Certificate> certificates(String pem) throws Exception {
    return List.copyOf(
        (java.util.Collection<X509Certificate>)
            CertificateFactory.getInstance("X.509")
                .generateCertificates(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
  }

  static KeyPair keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static String rdn(
      X509Certificate certificate, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
    X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    var value = name.getRDNs(type)[0].getFirst().getValue();
    return value instanceof org.bouncycastle.asn1.ASN1String text
        ? text.getString()
        : IETFUtils.valueToString(value);
  }
}
