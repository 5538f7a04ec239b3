package kz.cites.access;

import java.util.List;
import java.util.Set;

/**
 * One line of the route table: {@code method} on any of {@code paths} (Spring path patterns, the
 * same syntax for the WebFlux gateway and the MVC services) is served by {@code owner} and open to
 * {@code access}.
 */
public record RouteRule(ApiOwner owner, String method, List<String> paths, Access access) {

  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  public RouteRule {
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("unknown HTTP method " + method);
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("a route rule needs a path");
    }
    paths = List.copyOf(paths);
  }
}
