package kz.cites.simulator.nca;

import java.util.Date;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * The NCA's OCSP responder (RFC 6960): for each certificate asked about, {@code good}, {@code
 * revoked} (time and reason) or, for a certificate this NCA never issued, {@code unknown}. Answers
 * are signed with the root key (responder id = the root's name), carry {@code thisUpdate} = now and
 * no {@code nextUpdate}, and echo the request's nonce. A request that is no OCSP request gets the
 * protocol's own answer, {@code malformedRequest}.
 */
@Component
class OcspResponder {

  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

  private final NcaAuthority nca;

  OcspResponder(NcaAuthority nca) {
    this.nca = nca;
  }

  /** The DER OCSPResponse to the DER OCSPRequest {@code request}. */
  byte[] respond(byte[] request) {
    OCSPReq parsed;
    try {
      parsed = new OCSPReq(request);
    } catch (Exception e) {
      return status(OCSPRespBuilder.MALFORMED_REQUEST);
    }
    try {
      return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, answer(parsed)).getEncoded();
    } catch (Exception e) {
      return status(OCSPRespBuilder.INTERNAL_ERROR);
    }
  }

  private BasicOCSPResp answer(OCSPReq request) throws Exception {
    X509CertificateHolder root = new JcaX509CertificateHolder(nca.root());
    DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
    Date now = Date.from(nca.now());
    BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(root.getSubject()));
    for (Req single : request.getRequestList()) {
      CertificateID id = single.getCertID();
      CertificateStatus status =
          id.matchesIssuer(root, digests)
              ? switch (nca.status(id.getSerialNumber())) {
                case NcaAuthority.Status.Good good -> CertificateStatus.GOOD;
                case NcaAuthority.Status.Revoked revoked ->
                    new RevokedStatus(
                        Date.from(revoked.revocation().revokedAt()),
                        revoked.revocation().reason().code());
                case NcaAuthority.Status.Unknown unknown -> new UnknownStatus();
              }
              : new UnknownStatus();
      builder.addResponse(id, status, now, (Date) null);
    }
    Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (nonce != null) {
      builder.setResponseExtensions(new Extensions(nonce));
    }
    return builder.build(
        new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(nca.rootKey()),
        new X509CertificateHolder[0],
        now);
  }

  private static byte[] status(int status) {
    try {
      return new OCSPRespBuilder().build(status, null).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
