package kz.cites.eds;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Who a certificate names, read the way NCA RK writes subjects: the person's IIN as {@code
 * SERIALNUMBER=IIN…}, the company's BIN as {@code OU=BIN…}, the name in {@code CN} and, for a legal
 * entity, the organisation in {@code O}.
 *
 * @param commonName {@code CN}, e.g. {@code ЖҰМАБАЕВА ГҮЛНАРА} or the organisation's name
 * @param organisation {@code O}, or null
 * @param iin the 12 digits after {@code IIN} in {@code SERIALNUMBER}, or null
 * @param bin the 12 digits after {@code BIN} in {@code OU}, or null
 */
public record CertificateSubject(String commonName, String organisation, String iin, String bin) {

  public static CertificateSubject of(X509Certificate certificate) {
    X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    return new CertificateSubject(
        first(name, BCStyle.CN, ""),
        first(name, BCStyle.O, ""),
        first(name, BCStyle.SERIALNUMBER, "IIN"),
        first(name, BCStyle.OU, "BIN"));
  }

  /** The first value of {@code type} that starts with {@code prefix}, without the prefix. */
  private static String first(X500Name name, ASN1ObjectIdentifier type, String prefix) {
    for (RDN rdn : name.getRDNs(type)) {
      var encodable = rdn.getFirst().getValue();
      // the text itself, not its RFC 4514 escaped form (a name may hold quotes or commas)
      String value =
          encodable instanceof ASN1String text
              ? text.getString()
              : IETFUtils.valueToString(encodable);
      if (value.startsWith(prefix)) {
        return value.substring(prefix.length());
      }
    }
    return null;
  }
}
