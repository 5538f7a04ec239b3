package kz.cites.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import kz.cites.access.Access;
import kz.cites.access.ApiOwner;
import kz.cites.access.RouteRoles;
import kz.cites.access.RouteRule;
import org.springframework.http.HttpMethod;
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
 * claim as authorities, health and API docs open, 401/403 as problem details, the service's lines
 * of the one route table applied, and every route without a line denied.
 */
public class ApiSecurity {

  private final JsonMapper json;
  private final Texts texts;

  public ApiSecurity(JsonMapper json, Texts texts) {
    this.json = json;
    this.texts = texts;
  }

  /**
   * Builds the filter chain with {@code owner}'s lines of the route table ({@link RouteRoles}), the
   * same lines the gateway applies.
   */
  public SecurityFilterChain chain(HttpSecurity http, ApiOwner owner) throws Exception {
    return chain(http, owner, auth -> {});
  }

  /**
   * Builds the filter chain with {@code owner}'s lines of the route table, then {@code
   * notThroughGateway}: rules for paths the gateway never routes (e.g. a service's own actuator
   * endpoints).
   */
  public SecurityFilterChain chain(
      HttpSecurity http,
      ApiOwner owner,
      Customizer<
              AuthorizeHttpRequestsConfigurer<HttpSecurity>
                  .AuthorizationManagerRequestMatcherRegistry>
          notThroughGateway)
      throws Exception {
    AuthenticationEntryPoint unauthenticated =
        (request, response, e) ->
            write(request, response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED);
    AccessDeniedHandler forbidden =
        (request, response, e) ->
            write(request, response, HttpStatus.FORBIDDEN, Problems.FORBIDDEN);
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
              for (RouteRule rule : RouteRoles.of(owner)) {
                apply(auth, rule);
              }
              notThroughGateway.customize(auth);
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

  private static void apply(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
      RouteRule rule) {
    var route =
        auth.requestMatchers(
            HttpMethod.valueOf(rule.method()), rule.paths().toArray(String[]::new));
    switch (rule.access()) {
      case Access.Anybody a -> route.permitAll();
      case Access.SignedIn s -> route.authenticated();
      case Access.AnyOf roles -> route.hasAnyRole(roles.names());
    }
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

  /** The problem of {@code type} in the caller's language, written before any controller runs. */
  private void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type)
      throws IOException {
    Language language = Texts.languageOf(request);
    String slug = type.toString().substring(Problems.BASE.length());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(status, texts.text(language, ProblemType.detailKey(slug)));
    problem.setType(type);
    problem.setTitle(texts.text(language, ProblemType.titleKey(slug)));
    Texts.answeredIn(response, language);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
