package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import java.io.ByteArrayInputStream;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * A foreign relying party: checks our signed documents with nothing but the root the simulator's
 * NCA publishes, by plain BouncyCastle and nimbus (the detached CMS over the JWS payload, the JWS
 * through its x5c chain).
 */
final class NcaRelyingParty {

  static final String PKCS7 = "application/pkcs7-signature";

  private final Http http;
  private final Portal portal;

  NcaRelyingParty(Http http, Portal portal) {
    this.http = http;
    this.portal = portal;
  }

  /** The signer's certificate of the document at {@code path}, both signatures verified. */
  X509Certificate signerOfDocument(String path, String token) throws Exception {
    String jws = http.getText(portal.api(path), token);
    byte[] cms = http.getBytes(portal.api(path), token, PKCS7);
    X509Certificate root = ncaRoot();
    sealOf(jws, root);
    return signerOf(jws, cms, root);
  }

  /** The NCA root, as the simulator publishes it: the only thing trusted below. */
  X509Certificate ncaRoot() throws Exception {
    byte[] bytes = http.getBytes(portal.sim("/sim/nca/root"), null, "*/*");
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(bytes));
  }

  /**
   * The JWS verified through its x5c: a chain the root validates, and a signature by its first
   * certificate; answers that certificate.
   */
  static X509Certificate sealOf(String jws, X509Certificate root) throws Exception {
    JWSObject parsed = JWSObject.parse(jws);
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> chain =
        parsed.getHeader().getX509CertChain().stream()
            .map(
                der -> {
                  try {
                    return (X509Certificate)
                        factory.generateCertificate(new ByteArrayInputStream(der.decode()));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();
    X509Certificate leaf = chain.getFirst();
    validates(leaf, root);
    assertThat(parsed.verify(new ECDSAVerifier((ECPublicKey) leaf.getPublicKey())))
        .as("the JWS verifies with its x5c certificate")
        .isTrue();
    return leaf;
  }

  /**
   * The detached CMS verified over the JWS payload (the same canonical bytes) and its certificate
   * validated by the root; answers the signer's certificate.
   */
  static X509Certificate signerOf(String jws, byte[] cms, X509Certificate root) throws Exception {
    byte[] content = JWSObject.parse(jws).getPayload().toBytes();
    CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
    assertThat(signed.getSignerInfos().size()).isEqualTo(1);
    SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
    @SuppressWarnings("unchecked")
    X509CertificateHolder holder =
        (X509CertificateHolder)
            signed.getCertificates().getMatches(signer.getSID()).iterator().next();
    X509Certificate certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)))
        .as("the CMS verifies over the document's bytes")
        .isTrue();
    validates(certificate, root);
    return certificate;
  }

  /** PKIX validation of {@code certificate} with {@code root} as the only trust anchor. */
  private static void validates(X509Certificate certificate, X509Certificate root)
      throws Exception {
    PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
    parameters.setRevocationEnabled(false);
    CertPathValidator.getInstance("PKIX")
        .validate(
            CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)),
            parameters);
  }

  static String value(X509Certificate certificate, ASN1ObjectIdentifier type) {
    X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    RDN[] rdns = name.getRDNs(type);
    return rdns.length == 0 ? null : ((ASN1String) rdns[0].getFirst().getValue()).getString();
  }
}
