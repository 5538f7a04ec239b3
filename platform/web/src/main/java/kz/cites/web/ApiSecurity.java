package kz.cites.web;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security every service shares: stateless JWT bearer authentication with the {@code roles}
 * claim as authorities, health and API docs open, 401/403 as problem details, and every route not
 * given a rule by the service denied.
 */
public class ApiSecurity {

  private final JsonMapper json;

  public ApiSecurity(JsonMapper json) {
    this.json = json;
  }

  /** Builds the filter chain; {@code routes} gives each of the service's routes its role rule. */
  public SecurityFilterChain chain(
      HttpSecurity http,
      Customizer<
              AuthorizeHttpRequestsConfigurer<HttpSecurity>
                  .AuthorizationManagerRequestMatcherRegistry>
          routes)
      throws Exception {
    AuthenticationEntryPoint unauthenticated =
        (request, response, e) ->
            write(
                response,
                HttpStatus.UNAUTHORIZED,
                Problems.UNAUTHENTICATED,
                "Authentication required",
                "A valid bearer token is required.");
    AccessDeniedHandler forbidden =
        (request, response, e) ->
            write(
                response,
                HttpStatus.FORBIDDEN,
                Problems.FORBIDDEN,
                "Forbidden",
                "Your role does not allow this request.");
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth -> {
              auth.requestMatchers(
                      "/actuator/health/**",
                      "/actuator/health",
                      "/v3/api-docs/**",
                      "/swagger-ui/**",
                      "/swagger-ui.html",
                      "/error")
                  .permitAll();
              routes.customize(auth);
              auth.anyRequest().denyAll();
            })
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(forbidden))
        .exceptionHandling(
            ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
    return http.build();
  }

  static JwtAuthenticationConverter rolesFromClaim() {
    var converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(
        jwt ->
            Optional.ofNullable(jwt.getClaimAsStringList("roles")).orElse(List.of()).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .map(a -> (org.springframework.security.core.GrantedAuthority) a)
                .toList());
    return converter;
  }

  private void write(
      jakarta.servlet.http.HttpServletResponse response,
      HttpStatus status,
      java.net.URI type,
      String title,
      String detail)
      throws java.io.IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
