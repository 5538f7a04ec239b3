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

  /** The token of {@code iin}, one the tests' NCA signs for ({@link TestNca#tokenOf}). */
  public static RequestPostProcessor person(String iin, String role) {
    return person(iin, role, TestNca.tokenOf(iin));
  }

  /** The same person with a token of the given value (e.g. one the NCA refuses). */
  public static RequestPostProcessor person(String iin, String role, String tokenValue) {
    return jwt()
        .jwt(
            j ->
                j.tokenValue(tokenValue)
                    .subject(iin)
                    .claim("iin", iin)
                    .claim("roles", List.of(role)))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }
}
