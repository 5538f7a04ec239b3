package kz.cites.simulator.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A portal receiving webhooks: it verifies, keeps in order, drops repeats, and can be down. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalReceiverTest {

  /** The Standard Webhooks specification's test vector. */
  static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  static final String SECRET = "whsec_CBnmOIHWaEoR+CVp5GQHBRrP3OtW3usru+t4UclqBz0=";

  @Autowired MockMvc mvc;

  @AfterEach
  void forget() throws Exception {
    mvc.perform(delete("/sim/portal/receivers/portal")).andExpect(status().isNoContent());
  }

  @Test
  void acceptsTheSpecificationsTestVectorAtItsTime() {
    byte[] key = Base64.getDecoder().decode(VECTOR_SECRET.substring(6));
    byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    Instant at = Instant.ofEpochSecond(1614265330);
    String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    String good = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    assertThat(PortalReceivers.refusal(key, id, "1614265330", good, body, at)).isNull();
    // a second, unknown signature beside it (a rotation) does not matter
    assertThat(PortalReceivers.refusal(key, id, "1614265330", "v1,AAAA " + good, body, at))
        .isNull();
    assertThat(PortalReceivers.refusal(key, id, "1614265330", good, body, at.plusSeconds(301)))
        .contains("minutes off");
    assertThat(PortalReceivers.refusal(key, id + "x", "1614265330", good, body, at))
        .isEqualTo("no v1 signature matches");
  }

  @Test
  void keepsWhatItReceivesInOrderCountsRepeatsAndRefusesForgeries() throws Exception {
    mvc.perform(
            put("/sim/portal/receivers/portal")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"secret\": \"" + SECRET + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.configured").value(true));

    deliver("msg-1", "{\"n\": 1}", SECRET).andExpect(status().isNoContent());
    deliver("msg-2", "{\"n\": 2}", SECRET).andExpect(status().isNoContent());
    deliver("msg-1", "{\"n\": 1}", SECRET).andExpect(status().isNoContent());
    deliver("msg-3", "{\"n\": 3}", "whsec_" + Base64.getEncoder().encodeToString(new byte[32]))
        .andExpect(status().isUnauthorized());

    mvc.perform(get("/sim/portal/receivers/portal/deliveries"))
        .andExpect(jsonPath("$.deliveries.length()").value(2))
        .andExpect(jsonPath("$.deliveries[0].webhookId").value("msg-1"))
        .andExpect(jsonPath("$.deliveries[0].timesReceived").value(2))
        .andExpect(jsonPath("$.deliveries[1].body").value("{\"n\": 2}"))
        .andExpect(jsonPath("$.rejected[0].webhookId").value("msg-3"))
        .andExpect(jsonPath("$.rejected[0].reason").value("no v1 signature matches"));
  }

  @Test
  void aReceiverDownAnswers503UntilItIsUpAgain() throws Exception {
    mvc.perform(
        put("/sim/portal/receivers/portal")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"secret\": \"" + SECRET + "\"}"));
    outage(true).andExpect(status().isOk()).andExpect(jsonPath("$.down").value(true));
    deliver("msg-1", "{}", SECRET).andExpect(status().isServiceUnavailable());
    outage(false).andExpect(jsonPath("$.refusedWhileDown").value(1));
    deliver("msg-1", "{}", SECRET).andExpect(status().isNoContent());
    mvc.perform(get("/sim/portal/receivers/portal/deliveries"))
        .andExpect(jsonPath("$.deliveries.length()").value(1));
  }

  @Test
  void aReceiverWithoutASecretIsUnknown() throws Exception {
    deliver("msg-1", "{}", SECRET).andExpect(status().isNotFound());
    outage(true).andExpect(status().isNotFound());
    mvc.perform(post("/sim/portal/webhooks/no_such!")).andExpect(status().isBadRequest());
  }

  private ResultActions outage(boolean down) throws Exception {
    return mvc.perform(
        post("/sim/portal/receivers/portal/outage")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"down\": " + down + "}"));
  }

  private ResultActions deliver(String id, String body, String secret) throws Exception {
    long timestamp = Instant.now().getEpochSecond();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
    String signature =
        Base64.getEncoder()
            .encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    return mvc.perform(
        post("/sim/portal/webhooks/portal")
            .contentType(MediaType.APPLICATION_JSON)
            .header("webhook-id", id)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", "v1," + signature)
            .content(body));
  }
}
