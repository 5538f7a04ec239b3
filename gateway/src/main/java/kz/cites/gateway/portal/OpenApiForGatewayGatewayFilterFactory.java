package kz.cites.gateway.portal;

import kz.cites.openapi.GatewayDocument;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Route filter {@code OpenApiForGateway} for the service documents shown in the Swagger UI and used
 * to generate clients: platform/openapi's {@link GatewayDocument} makes the gateway the only server
 * (a service names its own host, which callers cannot reach), adds what the gateway answers itself
 * (413, 429 with Retry-After, 502, 503, 504) and the headers it adds (X-Correlation-Id,
 * traceparent, RateLimit-Remaining), and links the AsyncAPI document of the topics. The build
 * exports the same documents to docs/openapi/ (platform/test-support's PublishedApi).
 */
@Component
class OpenApiForGatewayGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

  private final ModifyResponseBodyGatewayFilterFactory modifyResponseBody;

  OpenApiForGatewayGatewayFilterFactory(ModifyResponseBodyGatewayFilterFactory modifyResponseBody) {
    super(Object.class);
    this.modifyResponseBody = modifyResponseBody;
  }

  @Override
  public GatewayFilter apply(Object config) {
    var modify =
        new ModifyResponseBodyGatewayFilterFactory.Config()
            .setRewriteFunction(
                String.class,
                String.class,
                (exchange, body) ->
                    Mono.justOrEmpty(body).map(OpenApiForGatewayGatewayFilterFactory::rewrite));
    return modifyResponseBody.apply(modify);
  }

  /** The document as the gateway publishes it (platform/openapi's {@link GatewayDocument}). */
  static String rewrite(String document) {
    return GatewayDocument.rewrite(document);
  }
}
