package kz.cites.eds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/** X.509 certificates to and from PEM (and DER), the form NCA roots and chains travel in. */
public final class Pem {

  private Pem() {}

  /**
   * Every certificate in {@code pem} (PEM blocks, or one DER certificate), in order.
   *
   * @throws IllegalArgumentException when the bytes hold no readable certificate
   */
  public static List<X509Certificate> certificates(byte[] pem) {
    try {
      @SuppressWarnings("unchecked")
      Collection<X509Certificate> read =
          (Collection<X509Certificate>)
              factory().generateCertificates(new ByteArrayInputStream(pem));
      if (read.isEmpty()) {
        throw new IllegalArgumentException("No certificate found");
      }
      return List.copyOf(new ArrayList<>(read));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not a certificate: " + e.getMessage(), e);
    }
  }

  /** The certificate of DER {@code encoded}. */
  public static X509Certificate certificate(byte[] encoded) {
    try {
      return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(encoded));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not a certificate: " + e.getMessage(), e);
    }
  }

  /** The certificates as concatenated PEM blocks, in order (a PEM certificate chain). */
  public static String of(List<X509Certificate> certificates) {
    StringWriter out = new StringWriter();
    Base64.Encoder base64 = Base64.getMimeEncoder(64, new byte[] {'\n'});
    for (X509Certificate certificate : certificates) {
      try {
        out.write("-----BEGIN CERTIFICATE-----\n");
        out.write(base64.encodeToString(certificate.getEncoded()));
        out.write("\n-----END CERTIFICATE-----\n");
      } catch (CertificateEncodingException e) {
        throw new IllegalArgumentException("Unencodable certificate", e);
      }
    }
    return out.toString();
  }

  /** The DER encoding of {@code certificate}. */
  public static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new UncheckedIOException(new IOException("Unencodable certificate", e));
    }
  }

  private static CertificateFactory factory() throws GeneralSecurityException {
    return CertificateFactory.getInstance("X.509");
  }
}
