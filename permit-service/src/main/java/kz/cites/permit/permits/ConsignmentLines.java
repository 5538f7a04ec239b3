package kz.cites.permit.permits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.permit.permits.domain.ConsignmentLine;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.web.ApiProblem;
import kz.cites.web.ProblemException;

/**
 * The one rule for quantities stated of a permit's lines after issue, by customs at the border and
 * by the importing country's authority: each named line is on the permit and named once, and no
 * line has more than the permit allows. Each use answers with its own problem types, so a client
 * knows which step refused.
 */
final class ConsignmentLines {

  private ConsignmentLines() {}

  /**
   * Every line of the permit with the quantity stated of it: the request's, or 0 for a line it
   * leaves out. Every broken line is named in the problem's {@code errors[]}.
   *
   * @param notOnPermit the problem of a line the permit does not have, or one named twice
   * @param tooMuch the problem of a quantity above the permit's
   */
  static List<ConsignmentLine> stated(
      Permit permit, List<RequestedLine> asked, ApiProblem notOnPermit, ApiProblem tooMuch) {
    List<ApplicationSnapshot.Specimen> specimens = permit.form().specimens();
    Map<Integer, BigDecimal> quantities = new HashMap<>();
    ProblemException unknown = null;
    ProblemException above = null;
    for (int i = 0; i < asked.size(); i++) {
      RequestedLine line = asked.get(i);
      String field = "lines[" + i + "].line";
      if (line.line() < 1 || line.line() > specimens.size()) {
        unknown =
            (unknown == null ? lines(notOnPermit, specimens.size()) : unknown)
                .withError(field, "OnPermit", "field.lines.line.on-permit", specimens.size());
      } else if (quantities.putIfAbsent(line.line(), line.quantity()) != null) {
        unknown =
            (unknown == null ? lines(notOnPermit, specimens.size()) : unknown)
                .withError(field, "Once", "field.lines.line.once", line.line());
      } else {
        BigDecimal allowed = specimens.get(line.line() - 1).quantity();
        if (line.quantity().compareTo(allowed) > 0) {
          String quantityField = "lines[" + i + "].quantity";
          above =
              (above == null ? tooMuch.detail("lines").with("field", quantityField) : above)
                  .withError(
                      quantityField,
                      "AtMostPermitted",
                      "field.lines.quantity.at-most",
                      allowed.stripTrailingZeros().toPlainString());
        }
      }
    }
    if (unknown != null) {
      throw unknown;
    }
    if (above != null) {
      throw above;
    }
    List<ConsignmentLine> lines = new ArrayList<>();
    for (int n = 1; n <= specimens.size(); n++) {
      ApplicationSnapshot.Specimen specimen = specimens.get(n - 1);
      lines.add(
          new ConsignmentLine(
              n,
              specimen.scientificName(),
              quantities.getOrDefault(n, BigDecimal.ZERO),
              specimen.unitCode()));
    }
    return lines;
  }

  /**
   * Refuses a date of the consignment (shipped, received) before the permit was issued, after its
   * last day, or in the future, all in Kazakhstan dates; {@code field} names the date in the
   * problem and its message ({@code field.<field>.within}).
   */
  static void requireWithinValidity(
      Permit permit, LocalDate date, Instant now, String field, ApiProblem outside) {
    LocalDate today = LocalDate.ofInstant(now, Kazakhstan.ZONE);
    LocalDate issuedOn = LocalDate.ofInstant(permit.issuedAt(), Kazakhstan.ZONE);
    LocalDate latest = permit.validUntil().isBefore(today) ? permit.validUntil() : today;
    if (date.isBefore(issuedOn) || date.isAfter(latest)) {
      throw outside
          .detail("range", issuedOn, latest)
          .with("field", field)
          .withError(field, "WithinValidity", "field." + field + ".within", issuedOn, latest);
    }
  }

  private static ProblemException lines(ApiProblem notOnPermit, int lines) {
    return notOnPermit.detail("lines", lines).with("field", "lines");
  }
}
