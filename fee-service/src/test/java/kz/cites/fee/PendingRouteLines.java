package kz.cites.fee;

import java.util.List;
import kz.cites.access.Access;
import kz.cites.access.ApiOwner;
import kz.cites.access.Role;
import kz.cites.access.RouteRule;
import kz.cites.web.ApiSecurity;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The lines of the route table ({@code platform/access} {@code RouteRoles}) that the officers'
 * receipt endpoints need and that this branch may not add itself. Until they are in the table, the
 * tests apply them with the service's own security ({@link ApiSecurity}: JWT roles, problem
 * details), in a chain limited to their paths. <b>When the lines are added to RouteRoles, delete
 * this class and its use</b>: {@code FeeServiceIntegrationTest}'s route-coverage test then expects
 * no operation without a line again, and fails as long as this is not done.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PendingRouteLines {

  /** Exactly the lines to add to RouteRoles, before {@code GET /api/v1/fees/*}. */
  public static final List<RouteRule> LINES =
      List.of(
          new RouteRule(
              ApiOwner.FEE,
              "GET",
              List.of("/api/v1/fees/receipts/unassigned"),
              Access.anyOf(Role.OFFICER, Role.OPERATOR)),
          new RouteRule(
              ApiOwner.FEE,
              "POST",
              List.of("/api/v1/fees/receipts/*/assignment"),
              Access.anyOf(Role.OFFICER)));

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain pendingRouteLines(HttpSecurity http, ApiSecurity security) throws Exception {
    http.securityMatcher(LINES.stream().flatMap(l -> l.paths().stream()).toArray(String[]::new));
    return security.chain(
        http,
        ApiOwner.FEE,
        auth -> {
          for (RouteRule line : LINES) {
            auth.requestMatchers(
                    HttpMethod.valueOf(line.method()), line.paths().toArray(String[]::new))
                .hasAnyRole(((Access.AnyOf) line.access()).names());
          }
        });
  }
}
