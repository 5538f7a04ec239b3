package kz.cites.permit.web;

import kz.cites.permit.signing.Signatory;
import kz.cites.web.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The person of a request who signs what they do with their own EDS (an officer deciding, a customs
 * officer endorsing): their IIN, the bearer token the NCA's remote signing needs to act for them
 * and no other, and their name as the identity provider's token gives it (from the individuals
 * registry).
 */
public final class SigningOfficers {

  private SigningOfficers() {}

  public static Signatory.Officer of(Authentication authentication) {
    String token =
        authentication.getCredentials() instanceof AbstractOAuth2Token credentials
            ? credentials.getTokenValue()
            : null;
    String name =
        authentication.getPrincipal() instanceof Jwt jwt ? jwt.getClaimAsString("name") : null;
    return new Signatory.Officer(CurrentUser.of(authentication).iin(), token, name);
  }
}
