package kz.cites.permit.reports.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * The CITES annual report of one year (Convention Art. VIII.7(a)): every line of every permit and
 * re-export certificate issued that year and not cancelled, in permit number order.
 */
@NullMarked
@Schema(description = "The CITES annual report of a year, one row per permit line")
public record AnnualReport(
    @Schema(
            description = "The year reported: permits issued in it (Kazakhstan dates)",
            example = "2026")
        int year,
    @Schema(description = "The reporting Party, ISO 3166 alpha-2", example = "KZ")
        String reportingParty,
    @Schema(description = "When the report was made; it changes while permits are endorsed")
        Instant generatedAt,
    List<AnnualReportRow> rows) {

  public AnnualReport {
    rows = List.copyOf(rows);
  }
}
