package kz.cites.access;

import java.util.EnumSet;
import java.util.Set;

/** Who may call a route: anybody, anybody signed in, or the holders of some roles. */
public sealed interface Access {

  /** No token needed (public verification, the payment gateway's HMAC-signed notifications). */
  record Anybody() implements Access {}

  /** Any valid token, whatever its roles. */
  record SignedIn() implements Access {}

  /** A valid token with at least one of {@code roles}. */
  record AnyOf(Set<Role> roles) implements Access {
    public AnyOf {
      if (roles.isEmpty()) {
        throw new IllegalArgumentException("a role rule needs at least one role");
      }
      roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The role names as Spring Security's {@code hasAnyRole} takes them, in declaration order. */
    public String[] names() {
      return EnumSet.copyOf(roles).stream().map(Role::name).toArray(String[]::new);
    }
  }

  static Access anybody() {
    return new Anybody();
  }

  static Access signedIn() {
    return new SignedIn();
  }

  static Access anyOf(Role first, Role... more) {
    return new AnyOf(EnumSet.of(first, more));
  }
}
