package kz.cites.application.webhooks.domain;

/** A webhook URL the rules of {@link EndpointPolicy} refuse; {@link #reason()} says which rule. */
public class WebhookUrlRefused extends RuntimeException {

  /** The rule the URL breaks. */
  public enum Reason {
    /**
     * Not an absolute http(s) URL with a host, or longer than {@link EndpointPolicy#MAX_LENGTH}.
     */
    MALFORMED,
    /** Deliveries go over TLS: {@code https} only (unless the URL is allow-listed). */
    HTTPS_REQUIRED,
    /** Credentials in the URL ({@code user:password@}) would be sent in the clear to logs. */
    USER_INFO,
    /** A fragment ({@code #...}) is never sent; the URL would not be the one called. */
    FRAGMENT,
    /** {@code .} or {@code ..} segments: the URL must be written as it is called. */
    NOT_NORMALIZED,
    /** {@code localhost} and its sub-domains: this service's own host. */
    LOCAL_HOST,
    /** An address of a private, loopback, link-local or otherwise non-public network. */
    PRIVATE_ADDRESS;

    /** The reason as the bundles' keys write it, e.g. {@code https-required}. */
    public String slug() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private final Reason reason;

  public WebhookUrlRefused(Reason reason, String url) {
    super("webhook URL refused (" + reason + "): " + url);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
