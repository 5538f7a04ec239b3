package kz.cites.application.webhooks.domain;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kz.cites.application.webhooks.domain.WebhookUrlRefused.Reason;

/**
 * Where this service may POST a delivery, against server-side request forgery: a subscriber names a
 * URL and this service calls it from inside the authority's network. So a URL is {@code https},
 * carries no credentials, fragment or dot segments, and names neither {@code localhost} nor an
 * address of a private, loopback, link-local, shared or reserved network. The check of a URL when
 * it is registered sees only its text; a host name is resolved, and every address it resolves to
 * checked ({@link #isPublic}), again before each delivery, which also defeats a name that later
 * resolves elsewhere.
 *
 * <p>URLs under an allow-listed prefix ({@code cites.webhooks.allowed-urls}: the local stack and
 * the system tests allow the simulator's portal receiver) may be {@code http} and name a local or
 * private host.
 */
public final class EndpointPolicy {

  /** The longest URL accepted. */
  public static final int MAX_LENGTH = 2000;

  private static final Pattern DOTTED_NUMBERS = Pattern.compile("[0-9.]+");
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

  private final List<URI> allowed;

  /**
   * @param allowedPrefixes absolute URLs; a URL with the same scheme, host and port whose path
   *     starts with the prefix's path is allow-listed
   */
  public EndpointPolicy(List<String> allowedPrefixes) {
    this.allowed =
        allowedPrefixes.stream()
            .filter(p -> p != null && !p.isBlank())
            .map(p -> URI.create(p.strip()))
            .toList();
  }

  /**
   * The URL a subscriber gives, checked.
   *
   * @throws WebhookUrlRefused naming the rule it breaks
   */
  public URI check(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      throw new WebhookUrlRefused(Reason.MALFORMED, text);
    }
    URI url;
    try {
      url = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new WebhookUrlRefused(Reason.MALFORMED, text);
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute()
        || url.isOpaque()
        || url.getHost() == null
        || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new WebhookUrlRefused(Reason.MALFORMED, text);
    }
    if (url.getRawUserInfo() != null) {
      throw new WebhookUrlRefused(Reason.USER_INFO, text);
    }
    if (url.getRawFragment() != null) {
      throw new WebhookUrlRefused(Reason.FRAGMENT, text);
    }
    if (!url.normalize().equals(url) || hasDotSegment(url.getRawPath())) {
      throw new WebhookUrlRefused(Reason.NOT_NORMALIZED, text);
    }
    if (isAllowListed(url)) {
      return url;
    }
    if (!scheme.equals("https")) {
      throw new WebhookUrlRefused(Reason.HTTPS_REQUIRED, text);
    }
    String host = host(url);
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      throw new WebhookUrlRefused(Reason.LOCAL_HOST, text);
    }
    if (url.getHost().startsWith("[") || DOTTED_NUMBERS.matcher(host).matches()) {
      InetAddress address = literal(url, text);
      if (!isPublic(address)) {
        throw new WebhookUrlRefused(Reason.PRIVATE_ADDRESS, text);
      }
    } else if (!host.contains(".")) {
      // a single label is looked up in the local domain
      throw new WebhookUrlRefused(Reason.LOCAL_HOST, text);
    }
    return url;
  }

  /**
   * Whether {@code url} is under an allow-listed prefix: same scheme, host and port, and a path
   * starting with the prefix's path.
   */
  public boolean isAllowListed(URI url) {
    return allowed.stream().anyMatch(prefix -> under(url, prefix));
  }

  /**
   * Whether a delivery may go to {@code address}: not a loopback, private (RFC 1918, IPv6 unique
   * local), link-local (cloud metadata services live there), multicast, "this network", shared (RFC
   * 6598), benchmarking, documentation or reserved address. IPv4 addresses embedded in IPv6
   * (compatible, NAT64) are judged as IPv4; Java reads IPv4-mapped ones as IPv4 already.
   */
  public static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isPublicIpv4(b);
    }
    if ((b[0] & 0xfe) == 0xfc) {
      return false; // fc00::/7, unique local
    }
    if ((b[0] & 0xff) == 0x20
        && (b[1] & 0xff) == 0x01
        && (b[2] & 0xff) == 0x0d
        && (b[3] & 0xff) == 0xb8) {
      return false; // 2001:db8::/32, documentation
    }
    boolean compatible = true;
    for (int i = 0; i < 12; i++) {
      compatible &= b[i] == 0;
    }
    boolean nat64 =
        (b[0] & 0xff) == 0x00
            && (b[1] & 0xff) == 0x64
            && (b[2] & 0xff) == 0xff
            && (b[3] & 0xff) == 0x9b;
    for (int i = 4; nat64 && i < 12; i++) {
      nat64 = b[i] == 0;
    }
    if (compatible || nat64) {
      return isPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
    }
    return true;
  }

  private static boolean isPublicIpv4(byte[] b) {
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    int b2 = b[2] & 0xff;
    return !(b0 == 0 // "this network"
        || b0 == 10
        || b0 == 127
        || (b0 == 100 && (b1 & 0xc0) == 64) // 100.64.0.0/10, shared (carrier-grade NAT)
        || (b0 == 169 && b1 == 254)
        || (b0 == 172 && (b1 & 0xf0) == 16)
        || (b0 == 192 && b1 == 168)
        || (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2)) // IETF protocol assignments, TEST-NET-1
        || (b0 == 198 && (b1 == 18 || b1 == 19)) // benchmarking
        || (b0 == 198 && b1 == 51 && b2 == 100) // TEST-NET-2
        || (b0 == 203 && b1 == 0 && b2 == 113) // TEST-NET-3
        || b0 >= 224); // multicast, reserved, broadcast
  }

  /** The host in lower case, without the brackets of an IPv6 literal or a trailing dot. */
  public static String host(URI url) {
    String host = url.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  /**
   * The address a literal host names, parsed, never looked up: an IPv6 literal, or an IPv4 address
   * of four decimal parts. Other numeric forms ({@code 127.1}, {@code 2130706433}) are ambiguous
   * (resolvers read them differently) and refused as malformed.
   */
  private static InetAddress literal(URI url, String text) {
    String host = host(url);
    try {
      if (host.contains(":")) {
        return InetAddress.getByName(host); // an IPv6 literal is parsed, not looked up
      }
      if (!IPV4.matcher(host).matches()) {
        throw new WebhookUrlRefused(Reason.MALFORMED, text);
      }
      String[] parts = host.split("\\.");
      byte[] address = new byte[4];
      for (int i = 0; i < 4; i++) {
        int part = Integer.parseInt(parts[i]);
        if (part > 255) {
          throw new WebhookUrlRefused(Reason.MALFORMED, text);
        }
        address[i] = (byte) part;
      }
      return InetAddress.getByAddress(address);
    } catch (UnknownHostException | IllegalArgumentException e) {
      throw new WebhookUrlRefused(Reason.MALFORMED, text);
    }
  }

  private static boolean hasDotSegment(String path) {
    if (path == null) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      String decoded = segment.replace("%2e", ".").replace("%2E", ".");
      if (decoded.equals(".") || decoded.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static boolean under(URI url, URI prefix) {
    if (!url.getScheme().equalsIgnoreCase(prefix.getScheme())
        || !host(url).equals(host(prefix))
        || port(url) != port(prefix)) {
      return false;
    }
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String allowedPath =
        prefix.getRawPath() == null || prefix.getRawPath().isEmpty() ? "/" : prefix.getRawPath();
    return path.equals(allowedPath)
        || path.startsWith(allowedPath.endsWith("/") ? allowedPath : allowedPath + "/");
  }

  private static int port(URI url) {
    if (url.getPort() != -1) {
      return url.getPort();
    }
    return url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }
}
