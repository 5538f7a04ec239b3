package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The status push as a portal integration lives it: the portal registers a webhook (the simulator's
 * portal receiver) and is told of every status change of its user's applications, signed (Standard
 * Webhooks) and in order per application, from the submission to the issued permit; while the
 * portal is down the service keeps trying, and once it is up again every change made meanwhile
 * arrives, none lost, still in order.
 */
class WebhooksIT {

  static final String RECEIVER = "webhooks-it";
  static final String OFFICER_IIN = PermitJourneyIT.OFFICER_IIN;

  /** The operator persona: watches the system, may send a webhook delivery again. */
  static final String OPERATOR_IIN = "921212308469";

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void aPortalIsToldOfEveryChangeSignedAndInOrderAndMissesNoneWhileItIsDown() {
    Drafts.Applicant applicant = Drafts.ABENOVA;
    String token = portal.signIn(applicant.iin(), null, "APPLICANT");
    Http.Response subscribed =
        http.post(
            portal.api("/api/v1/webhooks/subscriptions"),
            token,
            Map.of(
                "url",
                portal.sim("/sim/portal/webhooks/" + RECEIVER).toString(),
                "description",
                "WebhooksIT portal"));
    assertThat(subscribed.status()).as(subscribed.body().toString()).isEqualTo(201);
    String subscription = subscribed.body().path("id").asString();
    String secret = subscribed.body().path("secret").asString();
    try {
      Http.Response configured =
          http.put(portal.sim("/sim/portal/receivers/" + RECEIVER), null, Map.of("secret", secret));
      assertThat(configured.status()).as(configured.body().toString()).isEqualTo(200);

      // one application's whole life, from the submission to the permit
      String first = portal.fileComplete(applicant, Drafts.export(applicant), token);
      portal.officerApproves(first, portal.signIn(OFFICER_IIN, null, "OFFICER"), token);
      String permit =
          portal.awaitStatus(first, "ISSUED", token).body().path("permitNumber").asString();
      List<JsonNode> life = awaitReceived(first, "ISSUED");
      assertThat(statuses(life)).first().isEqualTo("SUBMITTED");
      assertThat(statuses(life)).contains("IN_REVIEW").last().isEqualTo("ISSUED");
      assertInOrder(life);
      assertThat(life.getLast().at("/data/permitNumber").asString()).isEqualTo(permit);
      assertThat(life.getLast().at("/data/links/permit").asString())
          .endsWith("/api/v1/permits/" + permit);

      // the portal goes down; meanwhile the permit is cancelled and a second application is
      // filed and withdrawn
      outage(true);
      String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
      Http.Response cancelled =
          http.post(
              portal.api("/api/v1/permits/" + permit + "/cancellation"),
              officer,
              Map.of("reason", "The specimens were not exported"));
      assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);
      String second = portal.fileComplete(applicant, Drafts.export(applicant), token);
      Http.Response withdrawn =
          http.post(
              portal.api("/api/v1/applications/" + second + "/withdrawal"),
              token,
              Map.of("reason", "The buyer cancelled the contract"));
      assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);

      // the service tried and the portal turned it away: the deliveries wait, answered 503
      for (String application : List.of(first, second)) {
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .untilAsserted(
                () ->
                    assertThat(deliveries(application, token))
                        .anySatisfy(
                            d -> {
                              assertThat(d.path("status").asString()).isEqualTo("PENDING");
                              assertThat(d.path("lastStatusCode").asInt()).isEqualTo(503);
                              assertThat(d.path("attempts").asInt()).isPositive();
                            }));
      }
      assertThat(received(second)).isEmpty();
      assertThat(receiver().path("refusedWhileDown").asInt()).isPositive();

      // up again: everything arrives, in order
      outage(false);
      List<JsonNode> afterIssue = awaitReceived(first, "ISSUED", 1);
      assertThat(afterIssue.getLast().path("type").asString())
          .isEqualTo("application.permit-cancelled");
      assertThat(afterIssue.getLast().at("/data/permitStatus").asString()).isEqualTo("CANCELLED");
      assertInOrder(afterIssue);
      List<JsonNode> secondLife = awaitReceived(second, "WITHDRAWN");
      assertThat(statuses(secondLife)).first().isEqualTo("SUBMITTED");
      assertInOrder(secondLife);
      // and every one of them is signed with the portal's secret (the receiver checked it too)
      JsonNode state = receiver();
      assertThat(state.path("rejected").size()).isZero();
      for (JsonNode delivery : state.path("deliveries")) {
        assertSigned(delivery, secret);
      }
      // what the service says of them matches: all delivered
      for (String application : List.of(first, second)) {
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () ->
                    assertThat(deliveries(application, token))
                        .allSatisfy(
                            d -> assertThat(d.path("status").asString()).isEqualTo("DELIVERED")));
      }
      // the operator sends one again (docs/runbook.md): the same webhook-id, which the portal
      // recognises as a repeat
      String operator = portal.signIn(OPERATOR_IIN, null, "OPERATOR");
      Http.Response all =
          http.get(
              portal.api(
                  "/api/v1/webhooks/deliveries?size=100&status=DELIVERED&subscriptionId="
                      + subscription),
              operator);
      assertThat(all.status()).as(all.body().toString()).isEqualTo(200);
      String again = all.body().path("items").get(0).path("id").asString();
      Http.Response redelivery =
          http.post(
              portal.api("/api/v1/webhooks/deliveries/" + again + "/redelivery"),
              operator,
              Map.of());
      assertThat(redelivery.status()).as(redelivery.body().toString()).isEqualTo(202);
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () ->
                  assertThat(receiver().path("deliveries"))
                      .anySatisfy(
                          d -> {
                            assertThat(d.path("webhookId").asString()).isEqualTo(again);
                            assertThat(d.path("timesReceived").asInt()).isEqualTo(2);
                          }));
    } finally {
      outage(false);
      http.delete(portal.api("/api/v1/webhooks/subscriptions/" + subscription), token);
      http.delete(portal.sim("/sim/portal/receivers/" + RECEIVER), null);
    }
  }

  /** Waits until the receiver has {@code application}'s change to {@code status}. */
  private List<JsonNode> awaitReceived(String application, String status) {
    return awaitReceived(application, status, 0);
  }

  /**
   * Waits until the receiver has {@code application}'s change to {@code status} and {@code after}
   * changes after it; what it received of the application, in order.
   */
  private List<JsonNode> awaitReceived(String application, String status, int after) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> received(application),
            bodies -> {
              List<String> statuses = statuses(bodies);
              int at = statuses.indexOf(status);
              return at >= 0 && bodies.size() - 1 - at >= after;
            });
  }

  /** Sequences 1, 2, 3, ... in the order received, each status following on the one before. */
  private static void assertInOrder(List<JsonNode> bodies) {
    for (int i = 0; i < bodies.size(); i++) {
      JsonNode data = bodies.get(i).path("data");
      assertThat(data.path("sequence").asInt()).as("sequence of " + data).isEqualTo(i + 1);
      if (i > 0) {
        assertThat(data.path("previousStatus").asString())
            .as("previous status of " + data)
            .isEqualTo(bodies.get(i - 1).at("/data/status").asString());
      }
    }
  }

  /** The bodies the receiver accepted about {@code application}, in the order received. */
  private List<JsonNode> received(String application) {
    List<JsonNode> bodies = new ArrayList<>();
    for (JsonNode delivery : receiver().path("deliveries")) {
      JsonNode body = JsonMapper.shared().readTree(delivery.path("body").asString());
      if (body.at("/data/applicationId").asString().equals(application)) {
        bodies.add(body);
      }
    }
    return bodies;
  }

  private static List<String> statuses(List<JsonNode> bodies) {
    return bodies.stream().map(b -> b.at("/data/status").asString()).toList();
  }

  private JsonNode receiver() {
    Http.Response state =
        http.get(portal.sim("/sim/portal/receivers/" + RECEIVER + "/deliveries"), null);
    assertThat(state.status()).as(state.body().toString()).isEqualTo(200);
    return state.body();
  }

  private List<JsonNode> deliveries(String application, String token) {
    Http.Response page =
        http.get(
            portal.api("/api/v1/webhooks/deliveries?size=100&applicationId=" + application), token);
    assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
    List<JsonNode> items = new ArrayList<>();
    page.body().path("items").forEach(items::add);
    return items;
  }

  private void outage(boolean down) {
    Http.Response switched =
        http.post(
            portal.sim("/sim/portal/receivers/" + RECEIVER + "/outage"),
            null,
            Map.of("down", down));
    assertThat(switched.status()).isIn(200, 404);
  }

  /** The Standard Webhooks check, as a portal would write it with the secret it was shown. */
  private static void assertSigned(JsonNode delivery, String secret) {
    String content =
        delivery.path("webhookId").asString()
            + "."
            + delivery.path("webhookTimestamp").asLong()
            + "."
            + delivery.path("body").asString();
    String expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
      expected =
          "v1,"
              + Base64.getEncoder()
                  .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    assertThat(Arrays.asList(delivery.path("webhookSignature").asString().split(" ")))
        .as("signature of " + delivery.path("webhookId").asString())
        .contains(expected);
  }
}
