package kz.cites.gateway.portal;

import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Route filter {@code OpenApiForGateway} for the service documents shown in the Swagger UI: the
 * gateway becomes the only server (a service names its own host, which callers cannot reach), the
 * bearer-token scheme is declared and required by default, and the description links the AsyncAPI
 * document of the topics.
 */
@Component
class OpenApiForGatewayGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

  static final String SCHEME = "bearerAuth";
  private static final JsonMapper JSON = JsonMapper.builder().build();

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

  static String rewrite(String document) {
    JsonNode parsed;
    try {
      parsed = JSON.readTree(document);
    } catch (RuntimeException notJson) {
      return document; // e.g. an error page: pass it on untouched
    }
    if (!(parsed instanceof ObjectNode root)) {
      return document;
    }
    ArrayNode servers = root.putArray("servers");
    servers.addObject().put("url", "/").put("description", "CITES API gateway");

    ObjectNode schemes = root.withObject("/components").withObject("/securitySchemes");
    if (!schemes.has(SCHEME)) {
      schemes
          .putObject(SCHEME)
          .put("type", "http")
          .put("scheme", "bearer")
          .put("bearerFormat", "JWT")
          .put("description", "Access token of the e-government identity provider");
    }
    if (!root.has("security")) {
      root.set("security", JSON.valueToTree(List.of(Map.of(SCHEME, List.of()))));
    }
    ObjectNode info = root.withObject("/info");
    String description = info.path("description").asString("");
    if (!description.contains("/asyncapi.yaml")) {
      info.put(
          "description",
          (description.isBlank() ? "" : description + "\n\n")
              + "Events on the Kafka topics: [AsyncAPI document](/asyncapi.yaml).");
    }
    return JSON.writeValueAsString(root);
  }
}
