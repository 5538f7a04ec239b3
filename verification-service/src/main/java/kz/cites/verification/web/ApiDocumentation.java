package kz.cites.verification.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import kz.cites.web.ProblemCatalogue;
import kz.cites.web.SchemaDescriptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What verification-service's OpenAPI says beyond the annotations and platform/web's shared setup:
 * the problem catalogue with its extension members.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  @Bean
  ProblemCatalogue problemCatalogue() {
    return ProblemCatalogue.of(ApiProblem.class, ProblemMembers.class);
  }

  /** Descriptions of the schemas without a {@code @Schema} description of their own. */
  @Bean
  SchemaDescriptions schemaDescriptions() {
    return new SchemaDescriptions(
        Map.ofEntries(
            Map.entry(
                "VerificationView",
                "The registry checks of an application: each check with its outcome and evidence"),
            Map.entry(
                "CheckView",
                "One registry check with its outcome, its evidence and when it was made"),
            Map.entry("Evidence", "What the registry answered, as the evidence of a check"),
            Map.entry(
                "HuntedSpecimen",
                "A specimen line taken from the wild under a hunting permit, as the hunting registry judged it"),
            Map.entry(
                "ReceiptView", "A payment receipt the payment gateway knows for the application"),
            Map.entry(
                "RegisteredName",
                "A name as the registry holds it, in Cyrillic with its Latin transliteration"),
            Map.entry(
                "Waiting",
                "A check still waiting for its registry (down or slow), with when it will be retried")));
  }

  /** The extension members of verification-service's problems, for the OpenAPI only. */
  @Schema(
      name = "VerificationProblemMembers",
      description = "Extension members of verification-service's problems")
  record ProblemMembers(
      @Schema(
              description = "not-found: the application asked about",
              example = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31",
              format = "uuid")
          String applicationId) {}
}
