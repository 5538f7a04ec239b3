package kz.cites.permit.signing.domain;

import java.time.Instant;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Who signed a document, as the signer's NCA certificate names them.
 *
 * @param role an officer who decided, or the authority (its organisation certificate)
 * @param name the certificate's {@code CN} (an officer) or {@code O} (the organisation)
 * @param iin the officer's IIN ({@code SERIALNUMBER=IIN…}); null for the authority
 * @param bin the organisation's BIN ({@code OU=BIN…}); null for an officer's personal certificate
 * @param certificateSerial the certificate's serial number, hexadecimal as the NCA prints it
 * @param signedAt when permit-service signed (its own clock), the time the certificate was judged
 *     valid at
 */
@NullMarked
public record Signer(
    Role role,
    @Nullable String name,
    @Nullable String iin,
    @Nullable String bin,
    String certificateSerial,
    Instant signedAt) {

  public enum Role {
    OFFICER,
    AUTHORITY
  }
}
