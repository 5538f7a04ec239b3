package kz.cites.gateway.security;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * The catch-all rule: deny an exchange that some gateway route would proxy (a route was added
 * without a role rule, or a method the rules do not cover), allow the rest so that paths nobody
 * serves answer 404 instead of 401/403.
 */
final class DenyRoutedExchanges implements ReactiveAuthorizationManager<AuthorizationContext> {

  private final RouteLocator routes;

  DenyRoutedExchanges(RouteLocator routes) {
    this.routes = routes;
  }

  @Override
  public Mono<AuthorizationResult> authorize(
      Mono<Authentication> authentication, AuthorizationContext context) {
    return routes
        .getRoutes()
        .concatMap(route -> Mono.from(route.getPredicate().apply(context.getExchange())))
        .any(Boolean::booleanValue)
        .map(routed -> new AuthorizationDecision(!routed));
  }
}
