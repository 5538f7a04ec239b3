package kz.cites.permit.reports.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.PermitType;
import kz.cites.permit.permits.domain.ConsignmentLine;
import kz.cites.permit.permits.domain.Endorsement;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitForm;
import kz.cites.permit.permits.domain.PermitStatus;

/**
 * The one place where a permit becomes rows of the CITES annual report (the guidelines' electronic
 * format). What needs translating is here; what does not is carried as it is:
 *
 * <ul>
 *   <li>term, unit, purpose and source codes are already the guidelines' codes (intake accepts
 *       nothing else, application-service {@code CodeList}), so they are copied;
 *   <li>the permit type becomes the reporter type (E for export and re-export, I for import) and
 *       decides which permit-number column our number goes in;
 *   <li>the appendix is the one the species is listed in, not the one an Appendix-I specimen of
 *       source D is treated as (Art. VII.4): the guidelines report it under I with source D;
 *   <li>origin is left empty when it is the exporting country, as the guidelines ask;
 *   <li>the quantity is what customs endorsed (box 14) when the permit was endorsed, else the
 *       permit's (box 11), and the row says which; an endorsed line shipped with 0 is no trade and
 *       gives no row.
 * </ul>
 *
 * A cancelled permit gives no rows: a permit can only be cancelled while valid and unendorsed, so
 * nothing was traded under it.
 */
public final class AnnualReportRows {

  /** Reporter type of a row a Party reports as exporter (the guidelines' E). */
  public static final String EXPORTER = "E";

  /** Reporter type of a row a Party reports as importer (the guidelines' I). */
  public static final String IMPORTER = "I";

  private AnnualReportRows() {}

  /** The year of the report a permit belongs to: the year it was issued, in Kazakhstan. */
  public static int yearOf(Permit permit) {
    return LocalDate.ofInstant(permit.issuedAt(), Kazakhstan.ZONE).getYear();
  }

  /** The rows of {@code permit}, one per line in its order (none for a cancelled permit). */
  public static List<AnnualReportRow> of(Permit permit) {
    if (permit.status() == PermitStatus.CANCELLED) {
      return List.of();
    }
    PermitForm form = permit.form();
    String importer = country(form.importer());
    String exporter = country(form.exporter());
    boolean importing = permit.type() == PermitType.IMPORT;
    Endorsement endorsement = permit.endorsement();
    List<ApplicationSnapshot.Specimen> specimens = form.specimens();
    List<AnnualReportRow> rows = new ArrayList<>();
    for (int n = 1; n <= specimens.size(); n++) {
      ApplicationSnapshot.Specimen line = specimens.get(n - 1);
      BigDecimal quantity = line.quantity();
      QuantityBasis basis = QuantityBasis.ISSUED;
      if (endorsement != null) {
        quantity = endorsed(endorsement, n);
        basis = QuantityBasis.ENDORSED;
        if (quantity.signum() == 0) {
          continue;
        }
      }
      ApplicationSnapshot.OriginPermit originPermit = line.originPermit();
      String exportPermit;
      String originPermitNumber;
      if (importing) {
        exportPermit = exportingCountrysPermit(line, exporter);
        originPermitNumber =
            originPermit != null && !originPermit.country().equals(exporter)
                ? originPermit.number()
                : null;
      } else {
        exportPermit = permit.number();
        originPermitNumber = originPermit != null ? originPermit.number() : null;
      }
      rows.add(
          new AnnualReportRow(
              yearOf(permit),
              line.appendix(),
              line.scientificName(),
              line.termCode(),
              plain(quantity),
              line.unitCode(),
              importer,
              exporter,
              Objects.equals(line.countryOfOrigin(), exporter) ? null : line.countryOfOrigin(),
              form.purposeCode(),
              line.sourceCode(),
              importing ? IMPORTER : EXPORTER,
              exportPermit,
              originPermitNumber,
              importing ? permit.number() : null,
              n,
              basis));
    }
    return rows;
  }

  /**
   * On an import, the permit the specimens left the exporting country under: its re-export
   * certificate (box 12a) when it re-exports them, else the permit of box 12 when that country
   * issued it.
   */
  private static String exportingCountrysPermit(
      ApplicationSnapshot.Specimen line, String exporter) {
    if (line.lastReExport() != null) {
      return line.lastReExport().number();
    }
    ApplicationSnapshot.OriginPermit originPermit = line.originPermit();
    return originPermit != null && originPermit.country().equals(exporter)
        ? originPermit.number()
        : null;
  }

  private static BigDecimal endorsed(Endorsement endorsement, int line) {
    return endorsement.lines().stream()
        .filter(l -> l.line() == line)
        .map(ConsignmentLine::quantity)
        .findFirst()
        // an endorsement lists every line of the permit (0 when not shipped)
        .orElse(BigDecimal.ZERO);
  }

  private static String country(PermitForm.Party party) {
    return party == null ? null : party.countryCode();
  }

  /** 2 rather than 2.000 (a stored scale), and never 1E+2 (what stripping zeros alone gives). */
  private static BigDecimal plain(BigDecimal quantity) {
    BigDecimal stripped = quantity.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
