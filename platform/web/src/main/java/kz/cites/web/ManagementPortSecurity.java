package kz.cites.web;

import jakarta.servlet.http.HttpServletRequest;
import kz.cites.observability.ManagementPort;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The management port needs no token: the actuator (health, Prometheus) listens on a port of its
 * own ({@code management.server.port}), bound to loopback by default (platform/observability), that
 * the gateway never routes to, so a scraper or a probe reads it as it is. Spring Security's filter
 * also guards the management server; this chain, first in line, lets everything on that port
 * through and nothing on any other. When the actuator shares the API port (the services' tests), it
 * matches nothing, and the API's rules apply to the actuator too.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ManagementPortSecurity {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain managementPort(HttpSecurity http, Environment environment) throws Exception {
    return http.securityMatcher(onManagementPort(environment))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .build();
  }

  /**
   * A request that arrived on the management server's port, when that is not the API's. The ports
   * are those the servers really bound ({@code local.*.port}, so port 0 works too).
   */
  static RequestMatcher onManagementPort(Environment environment) {
    ManagementPort managementPort = new ManagementPort(environment);
    return (HttpServletRequest request) -> managementPort.is(request.getLocalPort());
  }
}
