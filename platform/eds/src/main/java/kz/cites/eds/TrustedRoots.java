package kz.cites.eds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

/**
 * The NCA root certificates a service trusts: PEM files given as Spring resource locations ({@code
 * classpath:}, {@code file:}) and, in development, the simulator's root fetched from a URL on first
 * use (retried on each use until it answers, then kept for the life of the process). It also builds
 * a certificate's path to one of them, which is what "signed with an NCA certificate" means.
 */
public final class TrustedRoots {

  private static final Logger log = LoggerFactory.getLogger(TrustedRoots.class);

  /** Paths remembered at most; beyond that all are forgotten at once (a simple, safe bound). */
  private static final int REMEMBERED_PATHS = 10_000;

  private final List<X509Certificate> configured;
  private final String url;
  private volatile List<X509Certificate> fetched = List.of();

  /**
   * Paths already built, by the certificates offered: building one (PKIX, with an ECDSA check per
   * link) was a large part of a submission's CPU, and the same signer's certificate comes back with
   * every application it signs. A path holds for every time inside the validity of all its
   * certificates, so a remembered one answers exactly as a new build would (revocation is not part
   * of it: the callers ask the NCA's OCSP each time).
   */
  private final Map<String, Path> paths = new ConcurrentHashMap<>();

  /** A built path: the target's issuer, the times it holds at, and the roots it was built with. */
  private record Path(
      X509Certificate issuer, Instant from, Instant until, List<X509Certificate> fetchedRoots) {
    boolean holdsAt(Instant at, List<X509Certificate> roots) {
      return roots == fetchedRoots && !at.isBefore(from) && !at.isAfter(until);
    }
  }

  /**
   * @param configured roots known up front
   * @param url where to fetch a further root (PEM) from, or null/blank for none
   */
  public TrustedRoots(List<X509Certificate> configured, String url) {
    this.configured = List.copyOf(configured);
    this.url = url;
  }

  /**
   * The roots of the PEM files at {@code locations} (blank entries are skipped) and the one at
   * {@code url}.
   *
   * @throws UncheckedIOException when a location cannot be read
   */
  public static TrustedRoots of(String[] locations, String url) {
    List<X509Certificate> roots = new ArrayList<>();
    ResourceLoader loader = new DefaultResourceLoader();
    for (String location : locations == null ? new String[0] : locations) {
      if (location == null || location.isBlank()) {
        continue;
      }
      try (InputStream in = loader.getResource(location.strip()).getInputStream()) {
        roots.addAll(Pem.certificates(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the trusted root " + location, e);
      }
    }
    return new TrustedRoots(roots, url);
  }

  /** The trusted roots now: the configured ones and, once it answered, the fetched one. */
  public List<X509Certificate> certificates() {
    if (fetched.isEmpty() && url != null && !url.isBlank()) {
      fetched = fetch();
    }
    List<X509Certificate> all = new ArrayList<>(configured);
    all.addAll(fetched);
    return all;
  }

  /**
   * The issuer of {@code certificate} on its path to a trusted root, valid at {@code at}; {@code
   * intermediates} may hold the certificates between (e.g. those a CMS or a JWS {@code x5c}
   * carries). Revocation is not checked here (ask the NCA's OCSP where it matters).
   *
   * @throws EdsException {@code NO_TRUSTED_ROOT} when no root is known, {@code UNTRUSTED} when no
   *     path exists at {@code at}
   */
  public X509Certificate requireChain(
      X509Certificate certificate, Collection<X509Certificate> intermediates, Instant at) {
    List<X509Certificate> roots = certificates();
    String key = key(certificate, intermediates);
    Path known = key == null ? null : paths.get(key);
    if (known != null && known.holdsAt(at, fetched)) {
      return known.issuer();
    }
    Path built = build(roots, certificate, intermediates, at);
    if (key != null) {
      if (paths.size() >= REMEMBERED_PATHS) {
        paths.clear();
      }
      paths.put(key, built);
    }
    return built.issuer();
  }

  private Path build(
      List<X509Certificate> roots,
      X509Certificate certificate,
      Collection<X509Certificate> intermediates,
      Instant at) {
    List<X509Certificate> fetchedRoots = fetched;
    Set<TrustAnchor> anchors =
        roots.stream().map(root -> new TrustAnchor(root, null)).collect(Collectors.toSet());
    if (anchors.isEmpty()) {
      throw new EdsException(
          EdsException.Reason.NO_TRUSTED_ROOT, "No trusted NCA root is configured or reachable");
    }
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(certificate);
      PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(at));
      List<X509Certificate> store = new ArrayList<>(intermediates);
      store.add(certificate);
      parameters.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
      var result =
          (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
      List<X509Certificate> path =
          result.getCertPath().getCertificates().stream().map(X509Certificate.class::cast).toList();
      X509Certificate issuer =
          path.size() > 1 ? path.get(1) : result.getTrustAnchor().getTrustedCert();
      // PKIX judges each certificate of the path (not the anchor) at the given time
      Instant from =
          path.stream()
              .map(c -> c.getNotBefore().toInstant())
              .max(Instant::compareTo)
              .orElseThrow();
      Instant until =
          path.stream().map(c -> c.getNotAfter().toInstant()).min(Instant::compareTo).orElseThrow();
      return new Path(issuer, from, until, fetchedRoots);
    } catch (GeneralSecurityException e) {
      throw new EdsException(
          EdsException.Reason.UNTRUSTED, "The certificate does not chain to a trusted NCA root");
    }
  }

  /** How many built paths are remembered (tests). */
  int rememberedPaths() {
    return paths.size();
  }

  /** The SHA-256 of the offered certificates, the target first; null when one cannot be encoded. */
  private static String key(X509Certificate target, Collection<X509Certificate> intermediates) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(target.getEncoded());
      List<byte[]> others = new ArrayList<>();
      for (X509Certificate c : intermediates) {
        others.add(c.getEncoded());
      }
      // the order a CMS lists its certificates in does not change the path
      others.sort(Arrays::compare);
      for (byte[] other : others) {
        digest.update(other);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  private List<X509Certificate> fetch() {
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() == 200) {
        return Pem.certificates(response.body());
      }
      log.warn("Trusted root {} answered {}", url, response.statusCode());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("Interrupted while fetching the trusted root {}", url);
    } catch (Exception e) {
      log.warn("Trusted root {} not reachable: {}", url, e.toString());
    }
    return List.of();
  }
}
