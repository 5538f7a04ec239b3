package kz.cites.gateway.security;

import java.util.Arrays;
import java.util.List;
import kz.cites.access.Access;
import kz.cites.access.RouteRule;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authorization.AuthenticatedReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorityReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * The gateway's access rules as one authorization decision: the first line whose method and path
 * match the request decides, as with one {@code pathMatchers(...)} entry per line, and a request no
 * line matches goes to {@code otherwise}. The same patterns (parsed as Spring Security's path
 * matchers parse them), the same order, the same decisions ({@code permitAll}, {@code
 * authenticated}, {@code hasAnyRole}, {@code denyAll}); {@code RouteTableTest} compares the two on
 * every line of the table.
 *
 * <p>Why not the entries themselves: Spring Security asks them one at a time, each through its own
 * chain of Reactor operators, so a route near the end of the table (the permits are last) cost
 * about forty reactive matcher evaluations per request, a third of the gateway's CPU per
 * authenticated GET in issue 18's measurements. Here the lines are tried in a plain loop.
 */
final class RouteTable implements ReactiveAuthorizationManager<AuthorizationContext> {

  static final ReactiveAuthorizationManager<AuthorizationContext> PERMIT =
      (authentication, context) -> Mono.just(new AuthorizationDecision(true));
  static final ReactiveAuthorizationManager<AuthorizationContext> DENY =
      (authentication, context) -> Mono.just(new AuthorizationDecision(false));

  /** One line: {@code method} (null: any) on any of {@code paths}, decided by {@code access}. */
  record Line(
      HttpMethod method,
      List<PathPattern> paths,
      ReactiveAuthorizationManager<AuthorizationContext> access) {

    boolean matches(HttpMethod requested, PathContainer path) {
      if (method != null && !method.equals(requested)) {
        return false;
      }
      for (PathPattern pattern : paths) {
        if (pattern.matches(path)) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<Line> lines;
  private final ReactiveAuthorizationManager<AuthorizationContext> otherwise;

  RouteTable(List<Line> lines, ReactiveAuthorizationManager<AuthorizationContext> otherwise) {
    this.lines = List.copyOf(lines);
    this.otherwise = otherwise;
  }

  static Line line(
      HttpMethod method,
      ReactiveAuthorizationManager<AuthorizationContext> access,
      String... patterns) {
    return new Line(method, Arrays.stream(patterns).map(RouteTable::parse).toList(), access);
  }

  /** A line of platform/access's table. */
  static Line line(RouteRule rule) {
    return line(
        HttpMethod.valueOf(rule.method()),
        access(rule.access()),
        rule.paths().toArray(String[]::new));
  }

  static ReactiveAuthorizationManager<AuthorizationContext> access(Access access) {
    return switch (access) {
      case Access.Anybody a -> PERMIT;
      case Access.SignedIn s -> AuthenticatedReactiveAuthorizationManager.authenticated();
      case Access.AnyOf roles -> AuthorityReactiveAuthorizationManager.hasAnyRole(roles.names());
    };
  }

  /** As Spring Security's {@code PathPatternParserServerWebExchangeMatcher} parses a pattern. */
  private static PathPattern parse(String pattern) {
    PathPatternParser parser = PathPatternParser.defaultInstance;
    return parser.parse(parser.initFullPathPattern(pattern));
  }

  @Override
  public Mono<AuthorizationResult> authorize(
      Mono<Authentication> authentication, AuthorizationContext context) {
    ServerHttpRequest request = context.getExchange().getRequest();
    PathContainer path = request.getPath().pathWithinApplication();
    for (Line line : lines) {
      if (line.matches(request.getMethod(), path)) {
        return line.access().authorize(authentication, context);
      }
    }
    return otherwise.authorize(authentication, context);
  }
}
