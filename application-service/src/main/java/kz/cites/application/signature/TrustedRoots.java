package kz.cites.application.signature;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The trusted NCA root certificates: PEM files ({@code cites.signature.trusted-roots}, Spring
 * resource locations) and, in the local stack, the simulator's root fetched from {@code
 * cites.signature.trusted-root-url} on first use (retried until it answers, then kept).
 */
@Component
class TrustedRoots {

  private static final Logger log = LoggerFactory.getLogger(TrustedRoots.class);

  private final List<X509Certificate> configured;
  private final String url;
  private volatile List<X509Certificate> fetched = List.of();

  TrustedRoots(
      @Value("${cites.signature.trusted-roots:}") String[] locations,
      @Value("${cites.signature.trusted-root-url:}") String url)
      throws Exception {
    List<X509Certificate> roots = new ArrayList<>();
    ResourceLoader loader = new DefaultResourceLoader();
    for (String location : locations) {
      if (location.isBlank()) {
        continue;
      }
      try (InputStream in = loader.getResource(location.strip()).getInputStream()) {
        roots.addAll(parse(in.readAllBytes()));
      }
    }
    this.configured = List.copyOf(roots);
    this.url = url;
  }

  List<X509Certificate> certificates() {
    if (fetched.isEmpty() && url != null && !url.isBlank()) {
      fetched = fetch();
    }
    List<X509Certificate> all = new ArrayList<>(configured);
    all.addAll(fetched);
    return all;
  }

  private List<X509Certificate> fetch() {
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() == 200) {
        return List.copyOf(parse(response.body()));
      }
      log.warn("Trusted root {} answered {}", url, response.statusCode());
    } catch (Exception e) {
      log.warn("Trusted root {} not reachable: {}", url, e.toString());
    }
    return List.of();
  }

  @SuppressWarnings("unchecked")
  static List<X509Certificate> parse(byte[] pem) throws Exception {
    return new ArrayList<>(
        (java.util.Collection<X509Certificate>)
            CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem)));
  }
}
