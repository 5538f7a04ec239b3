package kz.cites.application;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who calls the API in a test: a bearer token as the e-government identity provider issues it
 * ({@code iin}, optional {@code bin}, {@code roles}), with the authorities platform/web's security
 * derives from it.
 */
public final class Callers {

  /** The IIN of the authority's staff in the tests (officers and operators). */
  public static final String STAFF_IIN = "700101300015";

  /** The IIN of the calendar administrator in the tests. */
  public static final String CALENDAR_ADMIN_IIN = "921212308469";

  private Callers() {}

  /** A person applying for themself. */
  public static RequestPostProcessor applicant(String iin) {
    return applicantFor(iin, null);
  }

  /** A person applying for the company whose BIN the token names ({@code null}: none). */
  public static RequestPostProcessor applicantFor(String iin, String bin) {
    return jwt()
        .jwt(
            j -> {
              j.subject(iin).claim("iin", iin).claim("roles", List.of("APPLICANT"));
              if (bin != null) {
                j.claim("bin", bin);
              }
            })
        .authorities(new SimpleGrantedAuthority("ROLE_APPLICANT"));
  }

  /** An officer of the authority. */
  public static RequestPostProcessor officer() {
    return staff("OFFICER");
  }

  /** An operator of the authority (keeps the species checklist). */
  public static RequestPostProcessor operator() {
    return staff("OPERATOR");
  }

  /** The administrator of the working-day calendar. */
  public static RequestPostProcessor calendarAdmin() {
    return withRole("CALENDAR_ADMIN", CALENDAR_ADMIN_IIN);
  }

  /** A member of the authority's staff in {@code role}. */
  public static RequestPostProcessor staff(String role) {
    return withRole(role, STAFF_IIN);
  }

  /** Anyone in one {@code role}. */
  public static RequestPostProcessor withRole(String role, String iin) {
    return jwt()
        .jwt(j -> j.subject(iin).claim("iin", iin).claim("roles", List.of(role)))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }
}
