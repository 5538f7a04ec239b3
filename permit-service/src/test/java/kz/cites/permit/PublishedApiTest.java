package kz.cites.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import kz.cites.testsupport.PublishedApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The permit-service document as the gateway publishes it passes the OpenAPI specification's
 * validation and the house rules (platform/openapi's ApiLint), and is exported to
 * docs/openapi/permit.json, with breaking changes against the previous export reported.
 */
class PublishedApiTest extends IntegrationTest {

  @Autowired MockMvc mvc;

  @Test
  void theDocumentIsPublishedWithoutFindings() throws Exception {
    String document =
        mvc.perform(get("/v3/api-docs"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    PublishedApi.Findings findings = PublishedApi.publish("permit", document);
    assertThat(findings.lint()).as("lint findings").isEmpty();
    assertThat(findings.breaking()).as("breaking changes").isEmpty();
  }
}
