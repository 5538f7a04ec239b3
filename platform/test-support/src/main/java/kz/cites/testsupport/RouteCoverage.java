package kz.cites.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.cites.access.ApiOwner;
import kz.cites.access.RouteRoles;
import kz.cites.access.RouteRule;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Holds a service's controllers and its lines of the route table ({@link RouteRoles}) against each
 * other: every API operation the service maps has a line, and every line serves an operation. So an
 * endpoint added without a role rule, or a rule left behind by a removed endpoint, fails a test
 * instead of answering 403 (or nothing) in production.
 */
public final class RouteCoverage {

  private static final String API = "/api/";

  private RouteCoverage() {}

  /**
   * {@code METHOD /path} of every API operation of {@code handlers} that no line of owner's covers.
   */
  public static List<String> operationsWithoutARule(
      RequestMappingHandlerMapping handlers, ApiOwner owner) {
    List<RouteRule> rules = RouteRoles.of(owner);
    List<String> uncovered = new ArrayList<>();
    for (Operation operation : operations(handlers)) {
      PathContainer example = PathContainer.parsePath(operation.examplePath());
      boolean covered =
          rules.stream()
              .anyMatch(
                  r ->
                      r.method().equals(operation.method())
                          && r.paths().stream().anyMatch(p -> parse(p).matches(example)));
      if (!covered) {
        uncovered.add(operation.method() + " " + operation.path());
      }
    }
    return uncovered;
  }

  /** {@code METHOD /path} of every line of owner's that no operation of {@code handlers} serves. */
  public static List<String> rulesWithoutAnOperation(
      RequestMappingHandlerMapping handlers, ApiOwner owner) {
    List<Operation> operations = operations(handlers);
    List<String> unserved = new ArrayList<>();
    for (RouteRule rule : RouteRoles.of(owner)) {
      for (String path : rule.paths()) {
        boolean served =
            operations.stream().anyMatch(o -> o.method().equals(rule.method()) && serves(o, path));
        if (!served) {
          unserved.add(rule.method() + " " + path);
        }
      }
    }
    return unserved;
  }

  /**
   * Whether the line's path is the operation's own: the same segments with {@code *} for each path
   * variable ({@code /api/v1/fees/*} is {@code /api/v1/fees/{applicationId}}), or a {@code /**}
   * line above it. A literal line such as {@code /api/v1/fees/tariff} is not served by a variable
   * operation that happens to match it.
   */
  private static boolean serves(Operation operation, String rulePath) {
    if (rulePath.endsWith("/**")) {
      return operation.path().startsWith(rulePath.substring(0, rulePath.length() - 2));
    }
    return operation.path().replaceAll("\\{[^}]*}", "*").equals(rulePath);
  }

  private static List<Operation> operations(RequestMappingHandlerMapping handlers) {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        handlers.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      for (String path : info.getPatternValues()) {
        if (!path.startsWith(API)) {
          continue;
        }
        info.getMethodsCondition()
            .getMethods()
            .forEach(m -> operations.add(new Operation(m.name(), path)));
      }
    }
    return operations;
  }

  private static PathPattern parse(String pattern) {
    return PathPatternParser.defaultInstance.parse(pattern);
  }

  private record Operation(String method, String path) {

    /** The path with each variable filled in, e.g. {@code /api/v1/fees/x}. */
    String examplePath() {
      return path.replaceAll("\\{[^}]*}", "x");
    }
  }
}
