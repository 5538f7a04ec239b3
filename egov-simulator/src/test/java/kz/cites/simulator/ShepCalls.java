package kz.cites.simulator;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Builds SHEP envelopes for tests. */
public final class ShepCalls {

  private ShepCalls() {}

  public static ResultActions shep(MockMvc mvc, String serviceId, String payload) throws Exception {
    return shep(mvc, serviceId, payload, "dev-secret", UUID.randomUUID().toString());
  }

  public static ResultActions shep(
      MockMvc mvc, String serviceId, String payload, String password, String correlationId)
      throws Exception {
    String envelope =
        """
        {"messageId": "%s", "correlationId": "%s", "serviceId": "%s",
         "messageDate": "2026-11-25T10:15:30Z",
         "sender": {"senderId": "cites-permits", "password": "%s"},
         "payload": %s}
        """
            .formatted(UUID.randomUUID(), correlationId, serviceId, password, payload);
    return mvc.perform(
        post("/shep/sync").contentType(MediaType.APPLICATION_JSON).content(envelope));
  }
}
