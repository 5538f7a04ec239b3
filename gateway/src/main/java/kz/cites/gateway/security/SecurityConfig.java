package kz.cites.gateway.security;

import static org.springframework.http.HttpMethod.GET;

import java.util.ArrayList;
import java.util.List;
import kz.cites.access.RouteRoles;
import kz.cites.gateway.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The front door's security: the role rule of every API route from the one table in platform/access
 * ({@link RouteRoles}, which each service applies again), the documentation open, CORS for the
 * portal, and 401/403 as problem details. The services then decide ownership per object.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

  @Bean
  SecurityWebFilterChain api(
      ServerHttpSecurity http,
      RouteLocator routes,
      @Value("${cites.gateway.cors.allowed-origins:}") List<String> portalOrigins) {
    return http.cors(c -> c.configurationSource(cors(portalOrigins)))
        .headers(
            h ->
                h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                    .permissionsPolicy(p -> p.policy("camera=(), microphone=(), geolocation=()")))
        .csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens only, no cookies
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .authorizeExchange(
            auth -> auth.anyExchange().access(routeTable(new DenyRoutedExchanges(routes))))
        .oauth2ResourceServer(
            rs ->
                rs.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesToAuthorities()))
                    .authenticationEntryPoint(unauthenticated())
                    .accessDeniedHandler(forbidden()))
        .exceptionHandling(
            e -> e.authenticationEntryPoint(unauthenticated()).accessDeniedHandler(forbidden()))
        .build();
  }

  /**
   * Who may call what, top-down, the first matching line deciding (one decision for all of it, see
   * {@link RouteTable}): the documentation open, every API route by the one table the services
   * apply again behind the gateway, the actuator closed (it listens on the management port, {@link
   * ManagementPortSecurity}). Everything else goes to {@code otherwise} ({@link
   * DenyRoutedExchanges}: a route without a line above is denied, a path no route serves falls
   * through to the 404).
   */
  static RouteTable routeTable(ReactiveAuthorizationManager<AuthorizationContext> otherwise) {
    List<RouteTable.Line> lines = new ArrayList<>();
    lines.add(RouteTable.line(GET, RouteTable.PERMIT, "/asyncapi.yaml"));
    lines.add(
        RouteTable.line(
            null,
            RouteTable.PERMIT,
            "/v3/api-docs/**",
            "/gateway/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/webjars/**"));
    RouteRoles.all().forEach(rule -> lines.add(RouteTable.line(rule)));
    lines.add(RouteTable.line(null, RouteTable.DENY, "/actuator/**"));
    return new RouteTable(lines, otherwise);
  }

  /**
   * CORS for the portal's origins only; without configured origins no cross-origin call is let in.
   */
  static CorsConfigurationSource cors(List<String> origins) {
    var source = new UrlBasedCorsConfigurationSource();
    List<String> allowed = origins.stream().map(String::trim).filter(o -> !o.isEmpty()).toList();
    if (allowed.isEmpty()) {
      return source;
    }
    var config = new CorsConfiguration();
    config.setAllowedOrigins(allowed);
    config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
    config.setAllowedHeaders(
        List.of(
            "Authorization",
            "Content-Type",
            "Accept",
            "Accept-Language",
            "Idempotency-Key",
            "If-Match",
            "X-Correlation-Id",
            "traceparent"));
    // a portal's script reads the draft's version and whether an answer was replayed (ADR 0015)
    config.setExposedHeaders(
        List.of(
            "Location",
            "ETag",
            "Idempotent-Replayed",
            "Retry-After",
            "X-Correlation-Id",
            "traceparent",
            "RateLimit-Remaining"));
    config.setMaxAge(3600L);
    source.registerCorsConfiguration("/api/**", config);
    return source;
  }

  /** The identity provider puts the roles in a `roles` array claim: APPLICANT -> ROLE_APPLICANT. */
  static ReactiveJwtAuthenticationConverter rolesToAuthorities() {
    var authorities = new JwtGrantedAuthoritiesConverter();
    authorities.setAuthoritiesClaimName("roles");
    authorities.setAuthorityPrefix("ROLE_");
    var converter = new ReactiveJwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(
        new ReactiveJwtGrantedAuthoritiesConverterAdapter(authorities));
    return converter;
  }

  static ServerAuthenticationEntryPoint unauthenticated() {
    return (exchange, ex) -> {
      // RFC 6750: say why a presented token was refused; a missing token gets the bare challenge.
      boolean badToken = ex instanceof OAuth2AuthenticationException;
      exchange
          .getResponse()
          .getHeaders()
          .set(
              HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
      return badToken
          ? Problems.write(
              exchange,
              HttpStatus.UNAUTHORIZED,
              "unauthenticated",
              "problem.unauthenticated.detail.invalid-token",
              "The bearer token is invalid, expired or not issued for this API.")
          : Problems.write(
              exchange,
              HttpStatus.UNAUTHORIZED,
              "unauthenticated",
              "problem.unauthenticated.detail",
              "A bearer token is required.");
    };
  }

  static ServerAccessDeniedHandler forbidden() {
    return (exchange, ex) ->
        Problems.write(
            exchange,
            HttpStatus.FORBIDDEN,
            "forbidden",
            "problem.forbidden.detail",
            "Your role does not allow this operation.");
  }
}
