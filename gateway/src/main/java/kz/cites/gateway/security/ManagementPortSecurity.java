package kz.cites.gateway.security;

import java.net.InetSocketAddress;
import kz.cites.observability.ManagementPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

/**
 * The management port needs no token: the actuator (health, Prometheus) listens on a port of its
 * own ({@code management.server.port}), bound to loopback by default (platform/observability), that
 * no route leads to. Spring Security guards the management server too; this chain, first in line,
 * lets everything on that port through and nothing on the public one, whose rules ({@link
 * SecurityConfig}) deny {@code /actuator/**}.
 */
@Configuration(proxyBeanMethods = false)
class ManagementPortSecurity {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityWebFilterChain managementPort(ServerHttpSecurity http, Environment environment) {
    return http.securityMatcher(onManagementPort(environment))
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .authorizeExchange(auth -> auth.anyExchange().permitAll())
        .build();
  }

  /** An exchange that arrived on the management server's port, when that is not the public one. */
  static ServerWebExchangeMatcher onManagementPort(Environment environment) {
    ManagementPort managementPort = new ManagementPort(environment);
    return exchange -> {
      InetSocketAddress local = exchange.getRequest().getLocalAddress();
      return local != null && managementPort.is(local.getPort())
          ? ServerWebExchangeMatcher.MatchResult.match()
          : ServerWebExchangeMatcher.MatchResult.notMatch();
    };
  }
}
