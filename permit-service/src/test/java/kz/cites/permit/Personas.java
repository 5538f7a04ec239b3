package kz.cites.permit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Tokens of the people who call the service, as the identity provider issues them. */
public final class Personas {

  public static final String OFFICER_IIN = "990140004654";

  /** The officer's name as the identity provider's token gives it (the individuals registry). */
  public static final String OFFICER_NAME = "Жұмабаева Динара Серікқызы";

  /**
   * The officer's name as her NCA certificate gives it ({@code CN}: surname and name, capitals).
   */
  public static final String OFFICER_CERTIFICATE_NAME = "ЖҰМАБАЕВА ДИНАРА";

  private Personas() {}

  public static RequestPostProcessor applicant(String iin) {
    return person(iin, "APPLICANT");
  }

  /** The authority's officer, her token naming her as the identity provider does. */
  public static RequestPostProcessor officer() {
    return named(OFFICER_IIN, OFFICER_NAME, "OFFICER", Map.of());
  }

  /**
   * A person whose token names them as the identity provider does, with {@code extra} claims (e.g.
   * a partner authority's {@code country}).
   */
  public static RequestPostProcessor named(
      String iin, String name, String role, Map<String, Object> extra) {
    return jwt()
        .jwt(
            j -> {
              j.tokenValue(TestNca.tokenOf(iin))
                  .subject(iin)
                  .claim("iin", iin)
                  .claim("name", name)
                  .claim("roles", List.of(role));
              extra.forEach(j::claim);
            })
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }

  /** The customs officer at the border, as the identity provider's token names him. */
  public static final String CUSTOMS_IIN = "800229309571";

  public static final String CUSTOMS_NAME = "Сұлтанов Руслан Әмірұлы";

  /**
   * The customs officer's token, with his name (box 14 prints it) and a token the NCA signs for.
   */
  public static RequestPostProcessor customs() {
    return named(CUSTOMS_IIN, CUSTOMS_NAME, "CUSTOMS", Map.of());
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
