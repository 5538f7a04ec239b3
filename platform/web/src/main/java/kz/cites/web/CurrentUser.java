package kz.cites.web;

import java.util.List;
import java.util.Optional;
import kz.cites.access.Party;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller as the token says: the person's IIN, the company's BIN when acting for one, and the
 * roles. Ownership checks compare these with what a resource belongs to. {@code country} is a
 * partner authority's country (ISO 3166 alpha-2, the token's {@code country} claim; null for
 * everyone else): the e-permit exchange shows it only permits addressed there (ADR 0018).
 */
public record CurrentUser(String iin, String bin, List<String> roles, String country) {

  public static CurrentUser of(Authentication authentication) {
    if (!(authentication.getPrincipal() instanceof Jwt jwt)) {
      throw new IllegalStateException("Not a JWT-authenticated request");
    }
    List<String> roles = Optional.ofNullable(jwt.getClaimAsStringList("roles")).orElse(List.of());
    String iin = Optional.ofNullable(jwt.getClaimAsString("iin")).orElse(jwt.getSubject());
    return new CurrentUser(
        iin, jwt.getClaimAsString("bin"), roles, jwt.getClaimAsString("country"));
  }

  /**
   * Whom the caller acts for: the company when the token carries its BIN, else the person alone
   * ({@link Party#mayAccess} is the rule of what they see).
   */
  public Party party() {
    return new Party(iin, bin);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Officers and operators see every application; applicants only their own. */
  public boolean isStaff() {
    return hasRole("OFFICER") || hasRole("OPERATOR");
  }
}
