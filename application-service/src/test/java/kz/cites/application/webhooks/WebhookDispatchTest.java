package kz.cites.application.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.officer;
import static kz.cites.application.Callers.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.cites.access.Party;
import kz.cites.application.ApiTest;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.StatusChanged;
import kz.cites.application.webhooks.domain.ClaimedDelivery;
import kz.cites.application.webhooks.domain.DeliveryQueue;
import kz.cites.application.webhooks.domain.SigningSecret;
import kz.cites.application.webhooks.domain.Subscription;
import kz.cites.application.webhooks.domain.SubscriptionRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The dispatcher against a receiver (WireMock on the allow-listed port): the Standard Webhooks
 * headers and signature, the order of one application's changes, retries with back-off, giving up
 * and the operator's redelivery, no redirect followed, no private address called, and the lease
 * that keeps two instances from sending the same delivery. Changes are queued as the application
 * announces them ({@link StatusChanged} in a transaction); the test runs the dispatcher at the
 * instants it chooses.
 */
class WebhookDispatchTest extends ApiTest {

  static final int PORT = 18977;
  static final String BASE = "http://localhost:" + PORT;
  static final String DELIVERIES = "/api/v1/webhooks/deliveries";

  /** The subscriber: a person applying for themself. */
  static final String PERSON = "770303400062";

  static final String OTHER = "880808400050";

  static final WireMockServer receiver = new WireMockServer(options().port(PORT));

  @Autowired WebhookDispatcher dispatcher;
  @Autowired DeliveryQueue queue;
  @Autowired SubscriptionRepository subscriptions;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  private final List<UUID> created = new ArrayList<>();

  @BeforeAll
  static void startReceiver() {
    receiver.start();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.stop();
  }

  @BeforeEach
  void resetReceiver() {
    receiver.resetAll();
  }

  @AfterEach
  void removeSubscriptions() throws Exception {
    for (UUID id : created) {
      mvc.perform(delete("/api/v1/webhooks/subscriptions/" + id).with(applicant(PERSON)));
    }
  }

  @Test
  void aDeliveryIsSignedAsTheStandardWebhooksSpecificationSaysAndCarriesThePayload()
      throws Exception {
    receiver.stubFor(post("/hooks/signed").willReturn(aResponse().withStatus(204)));
    Registered subscription = subscribe("/hooks/signed");
    UUID application = UUID.randomUUID();
    changed(application, ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, null);

    assertThat(dispatcher.dispatchDue(NOW)).isGreaterThanOrEqualTo(1);

    List<LoggedRequest> received = received("/hooks/signed");
    assertThat(received).hasSize(1);
    LoggedRequest request = received.getFirst();
    JsonNode delivery = onlyDelivery(subscription.id());
    String id = delivery.path("id").asString();
    assertThat(request.getHeader("webhook-id")).isEqualTo(id);
    assertThat(request.getHeader("webhook-timestamp"))
        .isEqualTo(Long.toString(NOW.getEpochSecond()));
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getHeader("User-Agent")).isEqualTo("cites-permits-webhooks/1");
    // the receiver's check, written here without the service's code
    assertThat(request.getHeader("webhook-signature"))
        .isEqualTo(
            "v1,"
                + hmac(
                    subscription.secret(),
                    id + "." + NOW.getEpochSecond() + "." + request.getBodyAsString()));

    JsonNode body = json.readTree(request.getBodyAsString());
    assertThat(body.path("type").asString()).isEqualTo("application.status-changed");
    assertThat(body.path("timestamp").asString()).isEqualTo(NOW.toString());
    JsonNode data = body.path("data");
    assertThat(data.path("applicationId").asString()).isEqualTo(application.toString());
    assertThat(data.path("registrationNumber").asString()).isEqualTo("CITES-2026-000042");
    assertThat(data.path("sequence").asInt()).isEqualTo(1);
    assertThat(data.path("status").asString()).isEqualTo("SUBMITTED");
    assertThat(data.path("previousStatus").asString()).isEqualTo("DRAFT");
    assertThat(data.path("permitNumber").isNull()).isTrue();
    assertThat(data.path("links").path("application").asString())
        .isEqualTo("http://localhost:8080/api/v1/applications/" + application);
    assertThat(body.toString()).doesNotContain(PERSON);

    JsonNode after = onlyDelivery(subscription.id());
    assertThat(after.path("status").asString()).isEqualTo("DELIVERED");
    assertThat(after.path("attempts").asInt()).isEqualTo(1);
    assertThat(after.path("lastStatusCode").asInt()).isEqualTo(204);
    assertThat(after.path("deliveredAt").asString()).isEqualTo(NOW.toString());
    assertThat(after.path("payload")).isEqualTo(body);

    // delivered rows are purged once past their retention
    assertThat(queue.purgeDelivered(NOW.plusSeconds(1))).isPositive();
    assertThat(deliveries(subscription.id()).path("items").size()).isZero();
  }

  @Test
  void oneApplicationsChangesArriveInOrderAndAFailingOneHoldsBackOnlyItsLaterOnes()
      throws Exception {
    UUID slow = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    receiver.stubFor(post("/hooks/ordered").willReturn(aResponse().withStatus(204)));
    receiver.stubFor(
        post("/hooks/ordered")
            .withRequestBody(containing(slow.toString()))
            .willReturn(aResponse().withStatus(503)));
    Registered subscription = subscribe("/hooks/ordered");
    changed(slow, ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, null);
    changed(slow, ApplicationStatus.SUBMITTED, ApplicationStatus.IN_VERIFICATION, null);
    changed(other, ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, null);
    changed(slow, ApplicationStatus.IN_VERIFICATION, ApplicationStatus.IN_REVIEW, null);

    dispatcher.dispatchDue(NOW);
    // the first change of the failing application was tried; its later ones wait; the other
    // application's change went through
    assertThat(sequencesReceived(slow)).containsExactly(1);
    assertThat(sequencesReceived(other)).containsExactly(1);
    JsonNode first = delivery(subscription.id(), slow, 1);
    assertThat(first.path("status").asString()).isEqualTo("PENDING");
    assertThat(first.path("attempts").asInt()).isEqualTo(1);
    assertThat(first.path("lastStatusCode").asInt()).isEqualTo(503);
    assertThat(first.path("lastError").asString()).isEqualTo("HTTP 503");
    // 10 s, shortened by at most a fifth
    assertThat(Instant.parse(first.path("nextAttemptAt").asString()))
        .isBetween(NOW.plusSeconds(8), NOW.plusSeconds(10));
    assertThat(delivery(subscription.id(), slow, 2).path("attempts").asInt()).isZero();

    // not due yet: nothing is sent
    dispatcher.dispatchDue(NOW.plusSeconds(5));
    assertThat(sequencesReceived(slow)).containsExactly(1);

    // the second failure waits twice as long
    Instant second = NOW.plusSeconds(10);
    dispatcher.dispatchDue(second);
    first = delivery(subscription.id(), slow, 1);
    assertThat(first.path("attempts").asInt()).isEqualTo(2);
    assertThat(Instant.parse(first.path("nextAttemptAt").asString()))
        .isBetween(second.plusSeconds(16), second.plusSeconds(20));

    // the receiver is back: all three, in order, in one run
    receiver.resetAll();
    receiver.stubFor(post("/hooks/ordered").willReturn(aResponse().withStatus(200)));
    dispatcher.dispatchDue(NOW.plusSeconds(30));
    assertThat(sequencesReceived(slow)).containsExactly(1, 2, 3);
    assertThat(statusesReceived(slow)).containsExactly("SUBMITTED", "IN_VERIFICATION", "IN_REVIEW");
    for (int sequence = 1; sequence <= 3; sequence++) {
      assertThat(delivery(subscription.id(), slow, sequence).path("status").asString())
          .isEqualTo("DELIVERED");
    }
  }

  @Test
  void aDeliveryNoAttemptSucceedsForIsGivenUpAndSentAgainOnRequest() throws Exception {
    receiver.stubFor(post("/hooks/down").willReturn(aResponse().withStatus(500)));
    Registered subscription = subscribe("/hooks/down");
    UUID application = UUID.randomUUID();
    changed(application, ApplicationStatus.IN_REVIEW, ApplicationStatus.ISSUED, "26KZ000042");

    dispatcher.dispatchDue(NOW);
    Instant deadline = NOW.plus(Duration.ofDays(3));
    dispatcher.dispatchDue(deadline);
    JsonNode failed = onlyDelivery(subscription.id());
    assertThat(failed.path("status").asString()).isEqualTo("FAILED");
    assertThat(failed.path("attempts").asInt()).isEqualTo(2);
    assertThat(failed.path("nextAttemptAt").isNull()).isTrue();
    assertThat(failed.path("payload").at("/data/permitNumber").asString()).isEqualTo("26KZ000042");
    assertThat(failed.path("payload").at("/data/links/permit").asString())
        .isEqualTo("http://localhost:8080/api/v1/permits/26KZ000042");
    String id = failed.path("id").asString();

    // the operator finds it among the failed ones of every subscription
    JsonNode failedOnes = read(get(DELIVERIES + "?status=FAILED&size=100").with(operator()));
    assertThat(failedOnes.path("items").findValuesAsString("id")).contains(id);
    mvc.perform(get(DELIVERIES + "?status=LOST").with(operator()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("status"));
    // another applicant neither sees nor re-sends it; an officer may not
    assertThat(read(get(DELIVERIES + "?size=100").with(applicant(OTHER))).toString())
        .doesNotContain(id);
    mvc.perform(get(DELIVERIES + "/" + id).with(applicant(OTHER))).andExpect(status().isNotFound());
    mvc.perform(redelivery(id).with(applicant(OTHER))).andExpect(status().isNotFound());
    mvc.perform(redelivery(id).with(officer())).andExpect(status().isForbidden());

    mvc.perform(redelivery(id).with(operator()))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andExpect(jsonPath("$.attempts").value(0))
        .andExpect(jsonPath("$.nextAttemptAt").value(NOW.toString()));
    // asked again while queued: nothing changes
    mvc.perform(redelivery(id).with(operator()))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("PENDING"));

    receiver.resetAll();
    receiver.stubFor(post("/hooks/down").willReturn(aResponse().withStatus(200)));
    dispatcher.dispatchDue(NOW.plusSeconds(1));
    List<LoggedRequest> received = received("/hooks/down");
    assertThat(received).hasSize(1);
    assertThat(received.getFirst().getHeader("webhook-id")).isEqualTo(id);
    assertThat(onlyDelivery(subscription.id()).path("status").asString()).isEqualTo("DELIVERED");

    // the subscriber may re-send one of their own that the receiver lost
    mvc.perform(redelivery(id).with(applicant(PERSON)))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("PENDING"));
  }

  @Test
  void aRedirectIsNotFollowed() throws Exception {
    receiver.stubFor(
        post("/hooks/moved")
            .willReturn(
                aResponse().withStatus(307).withHeader("Location", BASE + "/hooks/inside")));
    receiver.stubFor(post("/hooks/inside").willReturn(aResponse().withStatus(200)));
    Registered subscription = subscribe("/hooks/moved");
    changed(UUID.randomUUID(), ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, null);

    dispatcher.dispatchDue(NOW);

    assertThat(received("/hooks/moved")).hasSize(1);
    assertThat(received("/hooks/inside")).isEmpty();
    JsonNode delivery = onlyDelivery(subscription.id());
    assertThat(delivery.path("status").asString()).isEqualTo("PENDING");
    assertThat(delivery.path("lastStatusCode").asInt()).isEqualTo(307);
  }

  @Test
  void aHostThatResolvesToAPrivateAddressIsNotCalled() throws Exception {
    receiver.stubFor(post("/hooks/private").willReturn(aResponse().withStatus(200)));
    // as a subscription whose name resolved to a public address when it was registered: the
    // address is checked again before each attempt (127.0.0.1 is not under the allow-listed prefix)
    Subscription sneaky =
        subscriptions.save(
            new Subscription(
                Party.person(PERSON),
                URI.create("http://127.0.0.1:" + PORT + "/hooks/private"),
                null,
                SigningSecret.generate(),
                NOW));
    created.add(sneaky.id());
    changed(UUID.randomUUID(), ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, null);

    dispatcher.dispatchDue(NOW);

    assertThat(received("/hooks/private")).isEmpty();
    JsonNode delivery = onlyDelivery(sneaky.id());
    assertThat(delivery.path("status").asString()).isEqualTo("PENDING");
    assertThat(delivery.path("lastError").asString())
        .isEqualTo("refused: 127.0.0.1 resolves to a non-public address");
  }

  @Test
  void aClaimIsALeaseThatNoOtherInstanceTakesUntilItRunsOut() throws Exception {
    receiver.stubFor(post("/hooks/leased").willReturn(aResponse().withStatus(200)));
    Registered subscription = subscribe("/hooks/leased");
    changed(UUID.randomUUID(), ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, null);

    ClaimedDelivery first = mine(queue.claim(NOW, Duration.ofMinutes(1), 100), subscription.id());
    assertThat(first).isNotNull();
    // a second instance at the same moment finds it taken
    assertThat(mine(queue.claim(NOW, Duration.ofMinutes(1), 100), subscription.id())).isNull();
    // the first instance died: after the lease another takes it over ...
    ClaimedDelivery second =
        mine(queue.claim(NOW.plusSeconds(61), Duration.ofMinutes(1), 100), subscription.id());
    assertThat(second).isNotNull();
    assertThat(second.leaseToken()).isNotEqualTo(first.leaseToken());
    // ... and the late word of the first changes nothing
    queue.delivered(first, NOW.plusSeconds(62), 200);
    assertThat(onlyDelivery(subscription.id()).path("status").asString()).isEqualTo("PENDING");
    queue.delivered(second, NOW.plusSeconds(62), 200);
    assertThat(onlyDelivery(subscription.id()).path("status").asString()).isEqualTo("DELIVERED");
  }

  // --- helpers ---

  record Registered(UUID id, String secret) {}

  /** Registers a webhook to the receiver's {@code path} as {@link #PERSON}. */
  private Registered subscribe(String path) throws Exception {
    JsonNode body =
        json.readTree(
            mvc.perform(
                    MockMvcRequestBuilders.post("/api/v1/webhooks/subscriptions")
                        .with(applicant(PERSON))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("url", BASE + path))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    UUID id = UUID.fromString(body.path("id").asString());
    created.add(id);
    return new Registered(id, body.path("secret").asString());
  }

  /** {@link #PERSON}'s application moved, as the application announces it in its transaction. */
  private void changed(
      UUID application, ApplicationStatus from, ApplicationStatus to, String permitNumber) {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            tx ->
                events.publishEvent(
                    new StatusChanged(
                        StatusChanged.Change.STATUS,
                        application,
                        Party.person(PERSON),
                        "CITES-2026-000042",
                        from,
                        to,
                        permitNumber,
                        false,
                        NOW)));
  }

  private JsonNode deliveries(UUID subscription) throws Exception {
    return read(
        get(DELIVERIES + "?size=100&subscriptionId=" + subscription).with(applicant(PERSON)));
  }

  private JsonNode onlyDelivery(UUID subscription) throws Exception {
    JsonNode items = deliveries(subscription).path("items");
    assertThat(items.size()).isEqualTo(1);
    return items.get(0);
  }

  private JsonNode delivery(UUID subscription, UUID application, int sequence) throws Exception {
    for (JsonNode item : deliveries(subscription).path("items")) {
      if (item.path("applicationId").asString().equals(application.toString())
          && item.path("sequence").asInt() == sequence) {
        return item;
      }
    }
    throw new AssertionError("no delivery " + sequence + " of " + application);
  }

  private static ClaimedDelivery mine(List<ClaimedDelivery> claimed, UUID subscription) {
    return claimed.stream()
        .filter(c -> c.subscriptionId().equals(subscription))
        .findFirst()
        .orElse(null);
  }

  private static List<LoggedRequest> received(String path) {
    return receiver.findAll(postRequestedFor(urlEqualTo(path)));
  }

  private List<Integer> sequencesReceived(UUID application) {
    return bodiesAbout(application).stream().map(b -> b.at("/data/sequence").asInt()).toList();
  }

  private List<String> statusesReceived(UUID application) {
    return bodiesAbout(application).stream().map(b -> b.at("/data/status").asString()).toList();
  }

  private List<JsonNode> bodiesAbout(UUID application) {
    return receiver.getAllServeEvents().reversed().stream()
        .map(e -> json.readTree(e.getRequest().getBodyAsString()))
        .filter(b -> b.at("/data/applicationId").asString().equals(application.toString()))
        .toList();
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      redelivery(String id) {
    return MockMvcRequestBuilders.post(DELIVERIES + "/" + id + "/redelivery");
  }

  /** HMAC-SHA256 with the key of a {@code whsec_} secret, base64. */
  private static String hmac(String secret, String content) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
  }
}
