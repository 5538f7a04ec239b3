package kz.cites.permit.signing.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import kz.cites.calendar.Kazakhstan;

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
public record Signer(
    Role role, String name, String iin, String bin, String certificateSerial, Instant signedAt) {

  private static final DateTimeFormatter PRINTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public enum Role {
    OFFICER,
    AUTHORITY
  }

  /** One line for a printed document: who signed with which certificate, and when. */
  public String statement() {
    String id = iin != null ? "IIN " + iin : "BIN " + bin;
    return "Signed with EDS by "
        + (role == Role.OFFICER ? "officer " : "the authority, ")
        + name
        + " ("
        + id
        + "), NCA certificate "
        + certificateSerial
        + ", at "
        + PRINTED.format(LocalDateTime.ofInstant(signedAt, Kazakhstan.ZONE))
        + " (Astana time)";
  }
}
