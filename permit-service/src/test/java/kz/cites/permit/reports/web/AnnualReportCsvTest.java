package kz.cites.permit.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import kz.cites.permit.reports.domain.AnnualReport;
import kz.cites.permit.reports.domain.AnnualReportRow;
import kz.cites.permit.reports.domain.QuantityBasis;
import org.junit.jupiter.api.Test;

/** The annual report as RFC 4180 CSV: escaping, line ends, empty fields and UTF-8. */
class AnnualReportCsvTest {

  @Test
  void aPlainValueIsWrittenAsItIs() {
    assertThat(AnnualReportCsv.field("Falco cherrug")).isEqualTo("Falco cherrug");
    assertThat(AnnualReportCsv.field("")).isEmpty();
  }

  @Test
  void aCommaQuoteOrLineBreakIsQuotedWithQuotesDoubled() {
    assertThat(AnnualReportCsv.field("UZ-2026, E")).isEqualTo("\"UZ-2026, E\"");
    assertThat(AnnualReportCsv.field("No \"12\"")).isEqualTo("\"No \"\"12\"\"\"");
    assertThat(AnnualReportCsv.field("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(AnnualReportCsv.field("a\r\nb")).isEqualTo("\"a\r\nb\"");
  }

  @Test
  void aValueASpreadsheetWouldRunAsAFormulaIsDefused() {
    assertThat(AnnualReportCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(AnnualReportCsv.field("+7")).isEqualTo("'+7");
    assertThat(AnnualReportCsv.field("-1")).isEqualTo("'-1");
    assertThat(AnnualReportCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    // only at the start: a permit number with a dash inside is a plain value
    assertThat(AnnualReportCsv.field("UZ-2026-E-001284")).isEqualTo("UZ-2026-E-001284");
  }

  @Test
  void theReportIsAHeaderRowAndARowPerLineEndedByCrlfInUtf8() throws IOException {
    AnnualReport report =
        new AnnualReport(
            2026,
            "KZ",
            Instant.parse("2026-09-01T00:00:00Z"),
            List.of(
                new AnnualReportRow(
                    2026,
                    "II",
                    "Testudo horsfieldii",
                    "LIV",
                    new BigDecimal("12"),
                    null,
                    "DE",
                    "KZ",
                    "UZ",
                    "T",
                    "C",
                    "E",
                    "26KZ000102",
                    "УЗ-2026, №1284",
                    null,
                    1,
                    QuantityBasis.ENDORSED)));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      AnnualReportCsv.write(report, out);
    }
    String csv = bytes.toString(StandardCharsets.UTF_8);

    assertThat(csv)
        .isEqualTo(
            "Year,Appendix,Taxon,Term,Quantity,Unit,Importer,Exporter,Origin,Purpose,Source,"
                + "Reporter type,Export permit no.,Origin permit no.,Import permit no.,"
                + "Permit line,Quantity basis\r\n"
                + "2026,II,Testudo horsfieldii,LIV,12,,DE,KZ,UZ,T,C,E,26KZ000102,"
                + "\"УЗ-2026, №1284\",,1,ENDORSED\r\n");
    // Cyrillic as UTF-8 bytes, not as question marks of a narrower charset
    assertThat(bytes.toByteArray()).containsSequence("УЗ".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theDownloadIsNamedAfterTheReportingPartyAndYear() {
    assertThat(
            AnnualReportCsv.fileName(
                new AnnualReport(2026, "KZ", Instant.parse("2026-09-01T00:00:00Z"), List.of())))
        .isEqualTo("cites-annual-report-KZ-2026.csv");
  }
}
