package kz.cites.verification.egov;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synchronous SHEP channel: wraps a payload in the envelope (ids, service id, date, sender
 * credentials), and turns anything but a readable OK / NOT_FOUND answer into {@link
 * RegistryUnavailableException}.
 */
@Component
public class ShepClient {

  private final RestClient http;
  private final EgovProperties properties;
  private final JsonMapper json;
  private final Clock clock;

  public ShepClient(
      RestClient.Builder builder, EgovProperties properties, JsonMapper json, Clock clock) {
    this.clock = clock;
    var requestFactory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .build());
    requestFactory.setReadTimeout(properties.readTimeout());
    this.http = builder.clone().requestFactory(requestFactory).build();
    this.properties = properties;
    // Amounts are money: read decimals as BigDecimal (a double would lose 8650.00's scale).
    this.json = json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  }

  /** Asks service {@code serviceId} behind the gateway; {@code payload} is its business request. */
  public ShepReply call(String serviceId, Object payload) {
    return call(serviceId, payload, UUID.randomUUID().toString());
  }

  /** As {@link #call(String, Object)} with our message id given, so a caller can cite it. */
  public ShepReply call(String serviceId, Object payload, String messageId) {
    var request =
        new Envelope(
            messageId,
            messageId,
            serviceId,
            clock.instant(),
            new Sender(properties.senderId(), properties.senderPassword()),
            payload);
    String body;
    try {
      body =
          http.post()
              .uri(properties.shepUrl())
              .contentType(MediaType.APPLICATION_JSON)
              .accept(MediaType.APPLICATION_JSON)
              .body(json.writeValueAsString(request))
              .exchange(
                  (req, res) -> {
                    int status = res.getStatusCode().value();
                    if (status != 200) {
                      throw new RegistryUnavailableException(
                          serviceId + " answered HTTP " + status,
                          messageId,
                          status >= 500 || status == 429,
                          null);
                    }
                    return new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                  });
    } catch (RestClientException e) {
      // timeouts, refused or reset connections
      throw new RegistryUnavailableException(
          serviceId + " did not answer: " + e.getMessage(), messageId, true, e);
    }
    Answer answer;
    try {
      answer = json.readValue(body, Answer.class);
    } catch (JacksonException e) {
      throw new RegistryUnavailableException(
          serviceId + " answered with an unreadable body", messageId, false, e);
    }
    if (answer == null || answer.status() == null) {
      throw new RegistryUnavailableException(
          serviceId + " answered with an unreadable body (no status)", messageId, false, null);
    }
    String code = answer.status().code();
    if (!ShepReply.OK.equals(code) && !ShepReply.NOT_FOUND.equals(code)) {
      throw new RegistryUnavailableException(
          serviceId + " answered status " + code,
          messageId,
          "REGISTRY_UNAVAILABLE".equals(code) || "REGISTRY_ERROR".equals(code),
          null);
    }
    String registryMessageId = answer.messageId() != null ? answer.messageId() : messageId;
    return new ShepReply(registryMessageId, code, answer.status().message(), answer.payload());
  }

  /** Reads a payload as {@code type}; an unreadable one means the registry is not usable now. */
  public <T> T payload(ShepReply reply, Class<T> type) {
    if (reply.payload() == null || reply.payload().isNull()) {
      throw new RegistryUnavailableException(
          "OK answer without a payload", reply.messageId(), false, null);
    }
    try {
      return json.treeToValue(reply.payload(), type);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new RegistryUnavailableException(
          "Unreadable payload: " + e.getMessage(), reply.messageId(), false, e);
    }
  }

  record Envelope(
      String messageId,
      String correlationId,
      String serviceId,
      Instant messageDate,
      Sender sender,
      Object payload) {}

  record Sender(String senderId, String password) {}

  record Answer(
      String messageId,
      String correlationId,
      Instant responseDate,
      Status status,
      JsonNode payload) {}

  record Status(String code, String message) {}
}
