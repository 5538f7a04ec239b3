package kz.cites.application;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.cites.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on a real PostgreSQL and a real Kafka broker, at a fixed instant: Friday 20
 * March 2026, 19:00 in Almaty (after hours, before the Nauryz days off). Every API test extends
 * this class and adds nothing to its context configuration, so that Spring starts the context once
 * and every test class reuses it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestInfrastructure.class, ApiTest.FixedClock.class})
public abstract class ApiTest {

  /** Friday 20 March 2026, 19:00 in Almaty: after hours before the Nauryz days off. */
  public static final Instant NOW = Instant.parse("2026-03-20T14:00:00Z");

  /** The clock of every API test. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired protected MockMvc mvc;
  @Autowired protected JsonMapper json;

  /** Performs {@code request}, expects 200 and reads the body. */
  protected JsonNode read(RequestBuilder request) throws Exception {
    return read(mvc, json, request);
  }

  /** Performs {@code request} on {@code mvc}, expects 200 and reads the body. */
  public static JsonNode read(MockMvc mvc, JsonMapper json, RequestBuilder request)
      throws Exception {
    return json.readTree(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }
}
