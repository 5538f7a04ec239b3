package kz.cites.permit.signing.domain;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The National Certification Authority as permit-service needs it: certify the authority's own key
 * (its electronic seal), and have an officer sign through the NCA's remote signing while the
 * service holds the officer's live token.
 */
public interface Nca {

  /**
   * The NCA's certificate for the key of a PKCS#10 request, with its chain up to the root.
   *
   * @param csr the DER PKCS#10 request, signed with the key to certify
   * @return the chain, leaf first
   * @throws Unavailable when the NCA cannot be reached or refuses
   */
  List<X509Certificate> enrol(byte[] csr);

  /**
   * A detached CMS over {@code content} made with the personal certificate of the person whose
   * token this is.
   *
   * @param accessToken the person's bearer token of the identity provider
   * @throws TokenRefused when the NCA does not accept the token (expired, not the IdP's)
   * @throws Unavailable when the NCA cannot be reached or fails
   */
  byte[] signFor(String accessToken, byte[] content);

  /** The NCA refused to act for the holder of the token. */
  final class TokenRefused extends RuntimeException {
    public TokenRefused(String message) {
      super(message);
    }
  }

  /** The NCA could not be reached, timed out or answered with an error. */
  final class Unavailable extends RuntimeException {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
