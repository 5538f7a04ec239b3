package kz.cites.web;

import java.util.List;
import java.util.Optional;
import kz.cites.access.Party;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller as the token says: the person's IIN, the company's BIN when acting for one, and the
 * roles. Ownership checks compare these with what a resource belongs to.
 */
public record CurrentUser(String iin, String bin, List<String> roles) {

  public static CurrentUser of(Authentication authentication) {
    if (!(authentication.getPrincipal() instanceof Jwt jwt)) {
      throw new IllegalStateException("Not a JWT-authenticated request");
    }
    List<String> roles = Optional.ofNullable(jwt.getClaimAsStringList("roles")).orElse(List.of());
    String iin = Optional.ofNullable(jwt.getClaimAsString("iin")).orElse(jwt.getSubject());
    return new CurrentUser(iin, jwt.getClaimAsString("bin"), roles);
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
