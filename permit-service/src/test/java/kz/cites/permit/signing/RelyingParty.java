package kz.cites.permit.signing;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.List;
import kz.cites.eds.CmsVerifier;
import kz.cites.eds.Pem;
import kz.cites.eds.TrustedRoots;
import kz.cites.permit.TestNca;

/**
 * What anyone holding nothing but the NCA root does with a signed document: verify the JWS through
 * its {@code x5c} chain, and the detached CMS over the JWS payload. Independent of the service's
 * own beans.
 */
public final class RelyingParty {

  private final TrustedRoots root = new TrustedRoots(List.of(TestNca.root()), null);

  /** The JWS's {@code x5c} chain, if the JWS verifies through it to the root at {@code at}. */
  public List<X509Certificate> sealOf(String jws, Instant at) throws Exception {
    JWSObject parsed = JWSObject.parse(jws);
    List<X509Certificate> chain =
        parsed.getHeader().getX509CertChain().stream()
            .map(Base64::decode)
            .map(Pem::certificate)
            .toList();
    X509Certificate leaf = chain.getFirst();
    root.requireChain(leaf, chain, at); // throws unless the root issued it
    if (!parsed.verify(new ECDSAVerifier((ECPublicKey) leaf.getPublicKey()))) {
      throw new IllegalStateException("The JWS does not verify with its x5c certificate");
    }
    byte[] thumbprint = MessageDigest.getInstance("SHA-256").digest(leaf.getEncoded());
    if (!java.util.Arrays.equals(
        parsed.getHeader().getX509CertSHA256Thumbprint().decode(), thumbprint)) {
      throw new IllegalStateException("x5t#S256 does not name the x5c certificate");
    }
    return chain;
  }

  /** The CMS verified over the JWS payload against the root at {@code at}. */
  public CmsVerifier.Verified cmsOf(String jws, byte[] cms, Instant at) throws Exception {
    return new CmsVerifier(root).verify(JWSObject.parse(jws).getPayload().toBytes(), cms, at);
  }
}
