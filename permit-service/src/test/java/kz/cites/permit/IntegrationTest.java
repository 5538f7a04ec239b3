package kz.cites.permit;

import java.time.Instant;
import kz.cites.testsupport.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for every integration test of the module: real PostgreSQL and Kafka,
 * auto-approval on, the clock pinned to 31 Aug 2026 (11:00 in Almaty), so permit numbers are of
 * 2026 and an export permit is valid until 28 Feb 2027, and the NCA played by {@link TestNca} (a
 * real test CA behind WireMock), whose root is the one trusted.
 */
@SpringBootTest(properties = "cites.review.auto-approval=true")
@AutoConfigureMockMvc
@Import({TestInfrastructure.class, PinnedClock.class})
public abstract class IntegrationTest {

  public static final Instant NOW = Instant.parse("2026-08-31T06:00:00Z");

  /** The password the tests' authority seal is encrypted with. */
  public static final String SEAL_PASSWORD = "test-seal-password";

  @DynamicPropertySource
  static void theTestNca(DynamicPropertyRegistry properties) {
    properties.add("cites.signing.nca-url", TestNca::url);
    properties.add("cites.signing.trusted-root-url", () -> TestNca.url() + "/root");
    properties.add("cites.signing.key-password", () -> SEAL_PASSWORD);
  }
}
