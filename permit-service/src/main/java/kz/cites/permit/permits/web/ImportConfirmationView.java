package kz.cites.permit.permits.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.cites.permit.permits.domain.ConsignmentLine;
import kz.cites.permit.permits.domain.ImportConfirmation;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The importing country's answer as kept on the permit: for the partner that gave it and, on the
 * permit, for its holder and the staff. {@code confirmedBy} is the official's name (its id when the
 * token named nobody).
 */
@Schema(name = "ImportConfirmation")
@NullMarked
record ImportConfirmationView(
    String permitNumber,
    String importingCountry,
    boolean confirmed,
    List<ConsignmentLine> lines,
    LocalDate confirmedOn,
    @Nullable String importPermitNumber,
    String confirmedBy,
    Instant confirmedAt) {

  static ImportConfirmationView of(String number, ImportConfirmation c) {
    return new ImportConfirmationView(
        number,
        c.country(),
        c.confirmed(),
        c.lines(),
        c.confirmedOn(),
        c.importPermitNumber(),
        c.confirmedByName() != null ? c.confirmedByName() : c.confirmedBy(),
        c.confirmedAt());
  }
}
