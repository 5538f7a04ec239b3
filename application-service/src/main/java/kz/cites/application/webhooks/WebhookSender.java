package kz.cites.application.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import kz.cites.application.webhooks.domain.ClaimedDelivery;
import kz.cites.application.webhooks.domain.EndpointPolicy;
import kz.cites.application.webhooks.domain.WebhookSignature;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * POSTs one delivery to its receiver, signed (Standard Webhooks headers), with short timeouts and
 * no redirect followed (a redirect could lead anywhere, the rules of {@link EndpointPolicy} checked
 * only the URL registered). Before each attempt the receiver's host is resolved and every address
 * checked ({@link EndpointPolicy#isPublic}), unless the URL is allow-listed.
 */
@Component
class WebhookSender {

  static final String USER_AGENT = "cites-permits-webhooks/1";

  private final RestClient http;
  private final EndpointPolicy endpoints;

  WebhookSender(
      RestClient.Builder builder, EndpointPolicy endpoints, WebhookProperties properties) {
    var requestFactory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.connectTimeout())
                .build());
    requestFactory.setReadTimeout(properties.readTimeout());
    this.http = builder.clone().requestFactory(requestFactory).build();
    this.endpoints = endpoints;
  }

  /** What became of one attempt. */
  record Outcome(boolean delivered, Integer statusCode, String error) {

    static Outcome answered(int status) {
      boolean ok = status >= 200 && status < 300;
      return new Outcome(ok, status, ok ? null : "HTTP " + status);
    }

    static Outcome noAnswer(String error) {
      return new Outcome(false, null, error);
    }
  }

  /** Sends {@code delivery} as of {@code now} (its {@code webhook-timestamp}). */
  Outcome send(ClaimedDelivery delivery, Instant now) {
    URI url = delivery.url();
    if (!endpoints.isAllowListed(url)) {
      String refused = refusedAddress(url);
      if (refused != null) {
        return Outcome.noAnswer(refused);
      }
    }
    byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
    String id = delivery.id().toString();
    long timestamp = now.getEpochSecond();
    try {
      int status =
          http.post()
              .uri(url)
              .contentType(MediaType.APPLICATION_JSON)
              .header("webhook-id", id)
              .header("webhook-timestamp", Long.toString(timestamp))
              .header(
                  "webhook-signature",
                  WebhookSignature.header(delivery.secrets(), id, timestamp, body))
              .header("User-Agent", USER_AGENT)
              .body(body)
              .exchange((request, response) -> response.getStatusCode().value());
      return Outcome.answered(status);
    } catch (RestClientException e) {
      Throwable cause = e.getMostSpecificCause();
      return Outcome.noAnswer(
          cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }
  }

  /** Why the host may not be called, or null when every address it resolves to is public. */
  private static String refusedAddress(URI url) {
    String host = EndpointPolicy.host(url);
    try {
      InetAddress[] addresses = InetAddress.getAllByName(host);
      return Arrays.stream(addresses).allMatch(EndpointPolicy::isPublic)
          ? null
          : "refused: " + host + " resolves to a non-public address";
    } catch (UnknownHostException e) {
      return "unknown host " + host;
    }
  }
}
