package kz.cites.permit.nca;

import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.cites.eds.Pem;
import kz.cites.observability.TracedHttpClients;
import kz.cites.permit.signing.SigningProperties;
import kz.cites.permit.signing.domain.Nca;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The NCA over HTTP, as the simulator offers it ({@code cites.signing.nca-url}): {@code POST
 * /certificates} with a PKCS#10 request answers the chain as PEM; {@code POST /remote-signatures}
 * with the officer's bearer token and {@code {"payload": base64}} answers {@code {"signature":
 * base64 CMS}}. A production deployment replaces this adapter with the NCA's own enrolment and
 * remote signing (the officer confirming in NCALayer or the eGov mobile app).
 */
@Component
class NcaClient implements Nca, AutoCloseable {

  private final SigningProperties properties;
  private final JsonMapper json;
  private final HttpClient client;
  private final HttpClient http;

  /** Each call a client span of the caller's trace ({@code TracedHttpClients}). */
  NcaClient(SigningProperties properties, JsonMapper json, ObservationRegistry observations) {
    this.properties = properties;
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
    this.http = TracedHttpClients.observed(client, observations);
  }

  @Override
  public List<X509Certificate> enrol(byte[] csr) {
    HttpResponse<byte[]> response =
        send(
            HttpRequest.newBuilder(uri("/certificates"))
                .timeout(properties.timeout())
                .header("Content-Type", "application/pkcs10")
                .header("Accept", "application/pem-certificate-chain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csr))
                .build());
    if (response.statusCode() / 100 != 2) {
      throw new Unavailable(
          "the NCA refused the seal's certificate request: HTTP "
              + response.statusCode()
              + " "
              + new String(response.body(), StandardCharsets.UTF_8),
          null);
    }
    try {
      return Pem.certificates(response.body());
    } catch (IllegalArgumentException e) {
      throw new Unavailable("the NCA answered no certificate chain", e);
    }
  }

  @Override
  public byte[] signFor(String accessToken, byte[] content) {
    String body =
        json.writeValueAsString(Map.of("payload", Base64.getEncoder().encodeToString(content)));
    HttpResponse<byte[]> response =
        send(
            HttpRequest.newBuilder(uri("/remote-signatures"))
                .timeout(properties.timeout())
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new TokenRefused("the NCA answered HTTP " + status + " to the officer's token");
    }
    if (status != 200) {
      throw new Unavailable("the NCA's remote signing answered HTTP " + status, null);
    }
    try {
      JsonNode answer = json.readTree(response.body());
      return Base64.getDecoder().decode(answer.path("signature").asString());
    } catch (RuntimeException e) {
      throw new Unavailable("the NCA's remote signing answered no signature", e);
    }
  }

  private HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new Unavailable("the NCA at " + request.uri() + " is not reachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while waiting for the NCA", e);
    }
  }

  private URI uri(String path) {
    String base = properties.ncaUrl().strip();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }

  @Override
  public void close() {
    client.close();
  }
}
