package kz.cites.bench.floor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The {@code jwt} profile: every request needs a bearer token that Boot's decoder accepts
 * (signature against the JWKS, issuer, audience, times; application-jwt.yml). Stateless, as an API
 * behind bearer tokens is, and as our gateway is: no CSRF, no logout, no security context or saved
 * request in a session (Spring Security's default request cache creates a web session on every
 * request, off the event loop and back). Spring Security's default response headers stay. No roles,
 * no CORS, no error bodies of our own.
 */
@Configuration(proxyBeanMethods = false)
@Profile("jwt")
@EnableWebFluxSecurity
class JwtSecurity {

  @Bean
  SecurityWebFilterChain api(ServerHttpSecurity http) {
    return http.authorizeExchange(auth -> auth.anyExchange().authenticated())
        .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .build();
  }
}
