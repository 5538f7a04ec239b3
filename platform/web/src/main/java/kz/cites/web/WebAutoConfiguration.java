package kz.cites.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Problem details, tracing, security building blocks and the OpenAPI header for every service.
 * Ordered before Boot's MVC auto-configuration so that our {@link ProblemHandler} is the one
 * exception handler (Boot backs off its own when one exists, whatever {@code
 * spring.mvc.problemdetails.enabled} says).
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@Import(ProblemHandler.class)
public class WebAutoConfiguration {

  @Bean
  ApiSecurity apiSecurity(JsonMapper jsonMapper) {
    return new ApiSecurity(jsonMapper);
  }

  /**
   * Request bodies are read strictly: a key twice in one object is refused (not "last wins"), and a
   * boolean must be a JSON {@code true} or {@code false}, never a number or a string ({@code
   * "personalDataConsent": 12345} is no consent). Either is a 400 malformed-body naming the field.
   */
  @Bean
  JsonMapperBuilderCustomizer strictRequestBodies() {
    return builder ->
        builder
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(
                LogicalType.Boolean,
                config ->
                    config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
  }

  @Bean
  FilterRegistrationBean<TraceFilter> traceFilter() {
    var registration = new FilterRegistrationBean<>(new TraceFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  @ConditionalOnMissingBean
  OpenAPI citesOpenApi(
      @Value("${spring.application.name}") String name,
      @Value("${cites.api.description:}") String description) {
    return new OpenAPI()
        .info(new Info().title("CITES permits: " + name).version("v1").description(description))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("Token of the e-government identity provider")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
