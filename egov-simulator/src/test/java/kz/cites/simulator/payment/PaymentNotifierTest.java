package kz.cites.simulator.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PaymentNotifierTest {

  private static final Instant NOW = Instant.parse("2026-03-26T05:00:00Z");
  private static final String SECRET = "test-secret";

  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<String, String> received = new ConcurrentHashMap<>();
  private HttpServer server;

  @BeforeEach
  void startFeeService() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/v1/fees/payment-notifications",
        exchange -> {
          received.put("timestamp", exchange.getRequestHeaders().getFirst("X-Timestamp"));
          received.put("signature", exchange.getRequestHeaders().getFirst("X-Signature"));
          received.put(
              "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private PaymentNotifier notifier(String url) {
    return new PaymentNotifier(url, SECRET, json, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void aReceiptIsPushedSignedOverTimestampAndBody() throws Exception {
    String url =
        "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/fees/payment-notifications";
    var receipt =
        new PaymentReceipt(
            "PG-260326-0000ABCD",
            "811201401188",
            new BigDecimal("8650.00"),
            NOW.minusSeconds(5),
            "0b8e7a1e-3c5d-4f6a-9b7c-2d1e0f9a8b7c");

    assertThat(notifier(url).notifyPaid(receipt).get(10, TimeUnit.SECONDS)).isEqualTo(200);

    assertThat(received.get("timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
    String body = received.get("body");
    // an independent HMAC over "<timestamp>.<body>": what the fee service recomputes
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        "sha256="
            + java.util.HexFormat.of()
                .formatHex(
                    mac.doFinal(
                        (NOW.getEpochSecond() + "." + body).getBytes(StandardCharsets.UTF_8)));
    assertThat(received.get("signature")).isEqualTo(expected);
    JsonNode sent = json.readTree(body);
    assertThat(sent.get("receiptNumber").asString()).isEqualTo("PG-260326-0000ABCD");
    assertThat(sent.get("payerId").asString()).isEqualTo("811201401188");
    assertThat(sent.get("amount").decimalValue()).isEqualByComparingTo("8650.00");
    assertThat(Instant.parse(sent.get("paidAt").asString())).isEqualTo(NOW.minusSeconds(5));
    assertThat(sent.get("reference").asString()).isEqualTo("0b8e7a1e-3c5d-4f6a-9b7c-2d1e0f9a8b7c");
  }

  @Test
  void withoutAUrlNothingIsSentAndAnUnreachableServiceDoesNotFailThePayment() throws Exception {
    var receipt = new PaymentReceipt("PG-1", "811201401188", BigDecimal.TEN, NOW, "ref");

    assertThat(notifier("").notifyPaid(receipt).get(10, TimeUnit.SECONDS)).isEqualTo(-1);
    assertThat(received).isEmpty();

    server.stop(0);
    assertThat(
            notifier("http://127.0.0.1:" + server.getAddress().getPort() + "/x")
                .notifyPaid(receipt)
                .get(20, TimeUnit.SECONDS))
        .isEqualTo(-1);
  }

  @Test
  void aReceiptWithoutReferenceIsPushedWithReferenceNull() throws Exception {
    String url =
        "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/fees/payment-notifications";
    var cash =
        new PaymentReceipt(
            "PG-251231-00C0FFEE",
            "811201401188",
            new BigDecimal("7864.00"),
            Instant.parse("2025-12-31T18:30:00Z"),
            null);

    assertThat(notifier(url).notifyPaid(cash).get(10, TimeUnit.SECONDS)).isEqualTo(200);

    JsonNode sent = json.readTree(received.get("body"));
    assertThat(sent.get("receiptNumber").asString()).isEqualTo("PG-251231-00C0FFEE");
    assertThat(sent.get("paidAt").asString()).isEqualTo("2025-12-31T18:30:00Z");
    assertThat(sent.get("reference") == null || sent.get("reference").isNull()).isTrue();
  }
}
