package kz.cites.permit.reports.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import kz.cites.permit.reports.domain.AnnualReport;
import kz.cites.permit.reports.domain.AnnualReportRow;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.stereotype.Component;

/**
 * The annual report as CSV (RFC 4180): a header row with the guidelines' column names, one row per
 * permit line, CRLF line ends, UTF-8 (names of foreign permits may be Cyrillic), a field quoted
 * when it holds a comma, quote or line break, quotes doubled. A Spring converter, so the {@code
 * Accept} header picks JSON or CSV (and anything else is 406) the way it does for every other
 * representation.
 */
@Component
class AnnualReportCsv extends AbstractHttpMessageConverter<AnnualReport> {

  static final String TEXT_CSV_VALUE = "text/csv";

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** A column: its header as the guidelines name it (or ours, last) and its value in a row. */
  private record Column(String header, Function<AnnualReportRow, Object> value) {}

  /** The columns in the order of the guidelines' electronic format; our two additions last. */
  private static final List<Column> COLUMNS =
      List.of(
          new Column("Year", AnnualReportRow::year),
          new Column("Appendix", AnnualReportRow::appendix),
          new Column("Taxon", AnnualReportRow::taxon),
          new Column("Term", AnnualReportRow::term),
          new Column("Quantity", AnnualReportRow::quantity),
          new Column("Unit", AnnualReportRow::unit),
          new Column("Importer", AnnualReportRow::importer),
          new Column("Exporter", AnnualReportRow::exporter),
          new Column("Origin", AnnualReportRow::origin),
          new Column("Purpose", AnnualReportRow::purpose),
          new Column("Source", AnnualReportRow::source),
          new Column("Reporter type", AnnualReportRow::reporterType),
          new Column("Export permit no.", AnnualReportRow::exportPermitNumber),
          new Column("Origin permit no.", AnnualReportRow::originPermitNumber),
          new Column("Import permit no.", AnnualReportRow::importPermitNumber),
          new Column("Permit line", AnnualReportRow::permitLine),
          new Column("Quantity basis", AnnualReportRow::quantityBasis));

  AnnualReportCsv() {
    super(StandardCharsets.UTF_8, TEXT_CSV);
  }

  /** The header row: the columns' names, in order. */
  static String headerLine() {
    return String.join(",", COLUMNS.stream().map(c -> field(c.header())).toList());
  }

  @Override
  protected boolean supports(Class<?> type) {
    return AnnualReport.class.isAssignableFrom(type);
  }

  @Override
  protected boolean canRead(MediaType mediaType) {
    return false; // an answer only, never a request body
  }

  @Override
  protected AnnualReport readInternal(
      Class<? extends AnnualReport> type, HttpInputMessage message) {
    throw new UnsupportedOperationException("The annual report is not accepted as a request body");
  }

  @Override
  protected void addDefaultHeaders(HttpHeaders headers, AnnualReport report, MediaType contentType)
      throws IOException {
    super.addDefaultHeaders(headers, report, contentType);
    headers.setContentDisposition(
        ContentDisposition.attachment().filename(fileName(report)).build());
  }

  /** e.g. {@code cites-annual-report-KZ-2026.csv}. */
  static String fileName(AnnualReport report) {
    return "cites-annual-report-" + report.reportingParty() + "-" + report.year() + ".csv";
  }

  @Override
  protected void writeInternal(AnnualReport report, HttpOutputMessage message) throws IOException {
    Writer out = new OutputStreamWriter(message.getBody(), StandardCharsets.UTF_8);
    write(report, out);
    out.flush();
  }

  /** The whole report: the header row and a row per permit line, each ended by CRLF. */
  static void write(AnnualReport report, Writer out) throws IOException {
    out.write(headerLine());
    out.write("\r\n");
    for (AnnualReportRow row : report.rows()) {
      for (int i = 0; i < COLUMNS.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(field(text(COLUMNS.get(i).value().apply(row))));
      }
      out.write("\r\n");
    }
  }

  private static String text(Object value) {
    return switch (value) {
      case null -> "";
      case BigDecimal number -> number.toPlainString();
      default -> value.toString();
    };
  }

  /**
   * One field by RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. A
   * value that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
   * return; only the numbers of foreign permits, typed by applicants, can) is kept from running by
   * a leading apostrophe, as OWASP advises for CSV files opened in spreadsheets.
   */
  static String field(String value) {
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        safe.indexOf(',') >= 0
            || safe.indexOf('"') >= 0
            || safe.indexOf('\n') >= 0
            || safe.indexOf('\r') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }
}
