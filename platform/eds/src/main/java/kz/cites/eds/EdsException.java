package kz.cites.eds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An EDS signature or certificate that does not hold: {@link #reason()} says which property broke,
 * {@link #facts()} the times or names that show it (e.g. {@code notAfter} and {@code checkedAt}),
 * in order. The caller decides what it means to its own users (a refused submission, a document
 * that does not verify).
 */
public class EdsException extends RuntimeException {

  /** The property of the signature or certificate that does not hold. */
  public enum Reason {
    /** Not a detached CMS SignedData with exactly one signer whose certificate it carries. */
    MALFORMED,
    /** The signature does not match the signed bytes. */
    INVALID,
    /** The certificate's notAfter lies before the time it is judged at. */
    CERTIFICATE_EXPIRED,
    /** The certificate's notBefore lies after the time it is judged at. */
    CERTIFICATE_NOT_YET_VALID,
    /** The certificate does not chain to a trusted NCA root at the time it is judged at. */
    UNTRUSTED,
    /** No trusted root is configured or could be fetched. */
    NO_TRUSTED_ROOT
  }

  private final Reason reason;
  private final Map<String, String> facts;

  public EdsException(Reason reason, String message) {
    this(reason, message, Map.of());
  }

  public EdsException(Reason reason, String message, Map<String, String> facts) {
    super(message);
    this.reason = reason;
    this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }

  public Reason reason() {
    return reason;
  }

  /** What shows the failure, as text, in a stable order. */
  public Map<String, String> facts() {
    return facts;
  }
}
