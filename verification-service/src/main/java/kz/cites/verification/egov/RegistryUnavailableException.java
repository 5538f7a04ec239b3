package kz.cites.verification.egov;

/**
 * The gateway gave no usable answer (HTTP error, timeout, no connection, unreadable body). Never a
 * finding about the applicant: the check is asked again later.
 */
public class RegistryUnavailableException extends RuntimeException {

  private final String requestMessageId;

  RegistryUnavailableException(String message, String requestMessageId, Throwable cause) {
    super(message, cause);
    this.requestMessageId = requestMessageId;
  }

  /** Our message id of the failed request, kept as evidence of the attempt. */
  public String requestMessageId() {
    return requestMessageId;
  }
}
