package kz.cites.permit.permits;

import java.time.LocalDate;
import java.util.List;

/**
 * What the importing country's authority answers for a permit's consignment (EPIX-style): accepted
 * or refused, the quantity received per line (a line left out was not received), the date and its
 * own import permit, if any. Bean validation of the web layer has checked presence and sizes; the
 * rules that need the permit are {@link PermitImportConfirmation}'s.
 */
public record ImportConfirmationRequest(
    boolean confirmed,
    List<RequestedLine> lines,
    LocalDate confirmedOn,
    String importPermitNumber) {}
