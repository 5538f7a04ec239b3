package kz.cites.permit.permits;

import java.time.LocalDate;
import java.util.List;

/**
 * What a customs officer states at the border: the quantity shipped per line (lines numbered from 1
 * in the permit's order; a line left out was not shipped), where, when and under which customs
 * declaration. Bean validation of the web layer has checked presence and sizes; the rules that need
 * the permit are {@link PermitEndorsement}'s.
 */
public record EndorsementRequest(
    List<RequestedLine> lines,
    String borderCrossing,
    LocalDate endorsedOn,
    String declarationNumber) {}
