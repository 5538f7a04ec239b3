package kz.cites.gateway.limits;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

/** Reads a route's limit classes from its metadata. */
final class RouteClasses {

  static final String RATE_LIMIT = "rate-limit";
  static final String MAX_BODY_SIZE = "max-body-size";

  private RouteClasses() {}

  static String rateClass(ServerWebExchange exchange) {
    Object value = metadata(exchange, RATE_LIMIT);
    return value == null ? LimitProperties.DEFAULT_RATE_CLASS : value.toString();
  }

  static DataSize maxBodySize(ServerWebExchange exchange, DataSize fallback) {
    Object value = metadata(exchange, MAX_BODY_SIZE);
    return value == null ? fallback : DataSize.parse(value.toString());
  }

  static String routeId(ServerWebExchange exchange) {
    Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
    return route == null ? "none" : route.getId();
  }

  private static Object metadata(ServerWebExchange exchange, String key) {
    Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
    return route == null ? null : route.getMetadata().get(key);
  }
}
