package kz.cites.verification.egov;

/**
 * The gateway gave no usable answer (HTTP error, timeout, no connection, unreadable body, open
 * circuit breaker). Never a finding about the applicant: the check is asked again later.
 */
public class RegistryUnavailableException extends RuntimeException {

  private final String requestMessageId;
  private final boolean transientFault;

  RegistryUnavailableException(
      String message, String requestMessageId, boolean transientFault, Throwable cause) {
    super(message, cause);
    this.requestMessageId = requestMessageId;
    this.transientFault = transientFault;
  }

  /** Our message id of the failed request, kept as evidence of the attempt. */
  public String requestMessageId() {
    return requestMessageId;
  }

  /**
   * Whether asking again at once may help (5xx, 429, timeout, connection trouble). A bad request,
   * rejected credentials or an unreadable answer would fail the same way again: those wait for the
   * next re-check round instead of being retried now.
   */
  public boolean transientFault() {
    return transientFault;
  }
}
