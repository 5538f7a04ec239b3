package kz.cites.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import kz.cites.access.Access;
import kz.cites.access.Role;
import kz.cites.access.RouteRoles;
import kz.cites.access.RouteRule;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorityReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.authorization.DelegatingReactiveAuthorizationManager;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcherEntry;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * The gateway's access rules decided by {@link RouteTable} in one step are the rules Spring
 * Security decided before with one {@code pathMatchers(...)} entry per line (the configuration this
 * replaced, rebuilt here the way {@code authorizeExchange} builds it): for every line's paths and
 * paths around them, every method, and callers without a token, anonymous, with each role and with
 * none, the same decision and the same requests left to the catch-all.
 */
class RouteTableTest {

  private static final List<HttpMethod> METHODS =
      List.of(
          HttpMethod.GET,
          HttpMethod.HEAD,
          HttpMethod.POST,
          HttpMethod.PUT,
          HttpMethod.PATCH,
          HttpMethod.DELETE,
          HttpMethod.OPTIONS);

  @Test
  void decidesAsSpringSecuritysEntryPerLineDid() {
    AtomicInteger tableLeftOver = new AtomicInteger();
    AtomicInteger referenceLeftOver = new AtomicInteger();
    RouteTable table = SecurityConfig.routeTable(catchAll(tableLeftOver));
    DelegatingReactiveAuthorizationManager reference = reference(catchAll(referenceLeftOver));

    List<Authentication> callers = callers();
    int compared = 0;
    int granted = 0;
    for (String path : paths()) {
      for (HttpMethod method : METHODS) {
        MockServerWebExchange exchange =
            MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
        for (Authentication caller : callers) {
          Mono<Authentication> authentication = Mono.justOrEmpty(caller);
          int referenceBefore = referenceLeftOver.get();
          int tableBefore = tableLeftOver.get();
          boolean expected = decided(reference.authorize(authentication, exchange));
          boolean actual =
              decided(table.authorize(authentication, new AuthorizationContext(exchange)));
          String what = method + " " + path + " by " + (caller == null ? "nobody" : caller);
          assertThat(actual).as(what).isEqualTo(expected);
          assertThat(tableLeftOver.get() - tableBefore)
              .as("left to the catch-all: " + what)
              .isEqualTo(referenceLeftOver.get() - referenceBefore);
          compared++;
          granted += actual ? 1 : 0;
        }
      }
    }
    // the comparison is not vacuous: both outcomes occur, and the catch-all (which denies here)
    assertThat(compared).isGreaterThan(5_000);
    assertThat(granted).isBetween(1, compared - 1);
    assertThat(tableLeftOver.get()).isPositive();
  }

  /** Every path of every line, with its wildcards filled, and variants a matcher may trip on. */
  private static Set<String> paths() {
    Set<String> patterns = new LinkedHashSet<>();
    patterns.add("/asyncapi.yaml");
    patterns.addAll(
        List.of(
            "/v3/api-docs/**",
            "/gateway/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/webjars/**",
            "/actuator/**"));
    RouteRoles.all().forEach(rule -> patterns.addAll(rule.paths()));
    Set<String> paths = new LinkedHashSet<>();
    for (String pattern : patterns) {
      String example = pattern.replace("**", "x/y").replace("*", "KZ-1");
      String bare = pattern.replace("/**", "").replace("/*", "");
      paths.addAll(
          List.of(
              example,
              example + "/",
              example + "/more",
              example.toUpperCase(),
              example.replace("/api/v1/", "/api/v1//"),
              example + ";v=1",
              bare,
              bare + "/"));
    }
    paths.addAll(List.of("/", "/api", "/api/v1", "/api/v2/permits/KZ-1", "/nothing"));
    return paths;
  }

  private static List<Authentication> callers() {
    List<Authentication> callers = new ArrayList<>();
    callers.add(null);
    callers.add(
        new AnonymousAuthenticationToken(
            "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    callers.add(new TestingAuthenticationToken("no-roles", null, List.of()));
    for (Role role : Role.values()) {
      callers.add(new TestingAuthenticationToken(role.name(), null, "ROLE_" + role.name()));
    }
    TestingAuthenticationToken unauthenticated =
        new TestingAuthenticationToken("OFFICER", null, "ROLE_OFFICER");
    unauthenticated.setAuthenticated(false);
    callers.add(unauthenticated);
    return callers;
  }

  private static ReactiveAuthorizationManager<AuthorizationContext> catchAll(AtomicInteger count) {
    return (authentication, context) -> {
      count.incrementAndGet();
      return Mono.just(new AuthorizationDecision(false));
    };
  }

  private static boolean decided(Mono<AuthorizationResult> result) {
    AuthorizationResult decision = result.block();
    return decision != null && decision.isGranted();
  }

  /**
   * The configuration {@link RouteTable} replaced, as {@code authorizeExchange} built it: one
   * matcher entry per {@code pathMatchers(...)} call, {@code anyExchange()} last.
   */
  private static DelegatingReactiveAuthorizationManager reference(
      ReactiveAuthorizationManager<AuthorizationContext> otherwise) {
    var builder = DelegatingReactiveAuthorizationManager.builder();
    builder.add(
        new ServerWebExchangeMatcherEntry<>(
            ServerWebExchangeMatchers.pathMatchers(GET, "/asyncapi.yaml"), permitAll()));
    builder.add(
        new ServerWebExchangeMatcherEntry<>(
            ServerWebExchangeMatchers.pathMatchers(
                "/v3/api-docs/**",
                "/gateway/v3/api-docs/**",
                "/swagger-ui.html",
                "/swagger-ui/**",
                "/webjars/**"),
            permitAll()));
    for (RouteRule rule : RouteRoles.all()) {
      ReactiveAuthorizationManager<AuthorizationContext> access =
          switch (rule.access()) {
            case Access.Anybody a -> permitAll();
            case Access.SignedIn s -> AuthenticatedReactiveAuthorizationManager.authenticated();
            case Access.AnyOf roles ->
                AuthorityReactiveAuthorizationManager.hasAnyRole(roles.names());
          };
      builder.add(
          new ServerWebExchangeMatcherEntry<>(
              ServerWebExchangeMatchers.pathMatchers(
                  HttpMethod.valueOf(rule.method()), rule.paths().toArray(String[]::new)),
              access));
    }
    builder.add(
        new ServerWebExchangeMatcherEntry<>(
            ServerWebExchangeMatchers.pathMatchers("/actuator/**"), denyAll()));
    builder.add(
        new ServerWebExchangeMatcherEntry<>(ServerWebExchangeMatchers.anyExchange(), otherwise));
    return builder.build();
  }

  private static ReactiveAuthorizationManager<AuthorizationContext> permitAll() {
    return (authentication, context) -> Mono.just(new AuthorizationDecision(true));
  }

  private static ReactiveAuthorizationManager<AuthorizationContext> denyAll() {
    return (authentication, context) -> Mono.just(new AuthorizationDecision(false));
  }
}
