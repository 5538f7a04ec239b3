package kz.cites.gateway.portal;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the AsyncAPI document of the Kafka topics (docs/asyncapi.yaml, copied into the jar at
 * build time) next to the Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class AsyncApiDocument {

  static final MediaType YAML = MediaType.parseMediaType("application/yaml");

  @Bean
  RouterFunction<ServerResponse> asyncApi() {
    var document = new ClassPathResource("asyncapi/asyncapi.yaml");
    return RouterFunctions.route(
        GET("/asyncapi.yaml"),
        request ->
            document.exists()
                ? ServerResponse.ok().contentType(YAML).bodyValue(document)
                : ServerResponse.notFound().build());
  }
}
