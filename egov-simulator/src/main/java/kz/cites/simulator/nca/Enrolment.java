package kz.cites.simulator.nca;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Optional;
import kz.cites.simulator.persona.LegalEntity;
import kz.cites.simulator.persona.PersonaDirectory;
import kz.cites.simulator.web.Problems;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * An organisation's enrolment: a PKCS#10 request, signed with the key it asks to certify, for the
 * BIN its subject names ({@code OU=BIN…} or {@code SERIALNUMBER=BIN…}). The NCA checks the proof of
 * possession and that the legal-entities registry knows the BIN as active, and certifies the key
 * under the registry's name. (The real NCA also wants the head's own EDS on the request; the
 * simulator trusts its callers, as it does for {@code /sim/nca/sign}.)
 */
@Component
class Enrolment {

  private final NcaAuthority nca;
  private final PersonaDirectory directory;

  Enrolment(NcaAuthority nca, PersonaDirectory directory) {
    this.nca = nca;
    this.directory = directory;
  }

  /** The certificate for the request's key. */
  X509Certificate issue(byte[] body) {
    JcaPKCS10CertificationRequest request = parse(body);
    PublicKey key;
    try {
      key = request.getPublicKey();
      if (!request.isSignatureValid(
          new JcaContentVerifierProviderBuilder().build(request.getSubjectPublicKeyInfo()))) {
        throw invalid("the request's signature does not verify with the key it names");
      }
    } catch (ErrorResponseException e) {
      throw e;
    } catch (Exception e) {
      throw invalid("the request's key or signature cannot be read");
    }
    String bin =
        binIn(request, BCStyle.OU)
            .or(() -> binIn(request, BCStyle.SERIALNUMBER))
            .orElseThrow(() -> invalid("the subject names no BIN (OU=BIN<12 digits>)"));
    LegalEntity organisation =
        directory
            .legalEntity(bin)
            .filter(entity -> entity.status() == LegalEntity.Status.ACTIVE)
            .orElseThrow(
                () ->
                    Problems.of(
                        HttpStatus.BAD_REQUEST,
                        Problems.UNKNOWN_LEGAL_ENTITY,
                        "Unknown legal entity",
                        "bin",
                        "the legal-entities registry knows no active legal entity with BIN "
                            + bin));
    return nca.issueForOrganisation(organisation, key);
  }

  private static JcaPKCS10CertificationRequest parse(byte[] body) {
    try {
      String text = new String(body, StandardCharsets.US_ASCII);
      if (text.contains("-----BEGIN")) {
        try (PEMParser pem = new PEMParser(new StringReader(text))) {
          if (pem.readObject() instanceof PKCS10CertificationRequest request) {
            return new JcaPKCS10CertificationRequest(request);
          }
          throw invalid("the PEM holds no certificate request");
        }
      }
      return new JcaPKCS10CertificationRequest(body);
    } catch (ErrorResponseException e) {
      throw e;
    } catch (Exception e) {
      throw invalid("the body is not a PKCS#10 certificate request");
    }
  }

  private static Optional<String> binIn(
      PKCS10CertificationRequest request, ASN1ObjectIdentifier type) {
    for (RDN rdn : request.getSubject().getRDNs(type)) {
      if (rdn.getFirst().getValue() instanceof ASN1String text
          && text.getString().matches("BIN\\d{12}")) {
        return Optional.of(text.getString().substring(3));
      }
    }
    return Optional.empty();
  }

  private static ErrorResponseException invalid(String why) {
    return Problems.of(
        HttpStatus.BAD_REQUEST, Problems.INVALID_CSR, "Invalid certificate request", "csr", why);
  }
}
