package kz.cites.permit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Tokens of the people who call the service, as the identity provider issues them. */
public final class Personas {

  public static final String OFFICER_IIN = "990140004654";

  private Personas() {}

  public static RequestPostProcessor applicant(String iin) {
    return person(iin, "APPLICANT");
  }

  public static RequestPostProcessor officer() {
    return person(OFFICER_IIN, "OFFICER");
  }

  public static RequestPostProcessor person(String iin, String role) {
    return jwt()
        .jwt(j -> j.subject(iin).claim("iin", iin).claim("roles", List.of(role)))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }
}
