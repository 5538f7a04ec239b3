package kz.cites.eds;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rules about one certificate that do not need its chain. */
public final class Certificates {

  private Certificates() {}

  /**
   * The certificate is valid at {@code at} (for an applicant's signature, the server's time of
   * receipt; for our own documents, the time we signed), whatever signing time a signature claims.
   *
   * @throws EdsException {@code CERTIFICATE_EXPIRED} or {@code CERTIFICATE_NOT_YET_VALID}, with the
   *     facts {@code notBefore}, {@code notAfter} and {@code checkedAt}
   */
  public static void requireValidAt(X509Certificate certificate, Instant at) {
    Instant notBefore = certificate.getNotBefore().toInstant();
    Instant notAfter = certificate.getNotAfter().toInstant();
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("notBefore", notBefore.toString());
    facts.put("notAfter", notAfter.toString());
    facts.put("checkedAt", at.toString());
    if (at.isAfter(notAfter)) {
      throw new EdsException(
          EdsException.Reason.CERTIFICATE_EXPIRED,
          "The signer's certificate expired at " + notAfter + ", before " + at,
          facts);
    }
    if (at.isBefore(notBefore)) {
      throw new EdsException(
          EdsException.Reason.CERTIFICATE_NOT_YET_VALID,
          "The signer's certificate is valid only from " + notBefore + ", after " + at,
          facts);
    }
  }

  /** The serial number as NCA RK prints it: lower-case hexadecimal. */
  public static String serialOf(X509Certificate certificate) {
    return certificate.getSerialNumber().toString(16);
  }
}
