package kz.cites.permit.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.cites.permit.reports.AnnualReports;
import kz.cites.permit.reports.domain.AnnualReport;
import kz.cites.permit.web.ApiProblem;
import kz.cites.permit.web.ProblemResponses;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The CITES annual report the authority sends the Secretariat, as JSON or CSV (ADR 0017). */
@RestController
@RequestMapping("/api/v1/reports/annual")
@Tag(name = "Reports", description = "Reports the authority sends to the CITES Secretariat")
class AnnualReportController {

  private final AnnualReports reports;

  AnnualReportController(AnnualReports reports) {
    this.reports = reports;
  }

  @GetMapping(
      value = "/{year}",
      produces = {MediaType.APPLICATION_JSON_VALUE, AnnualReportCsv.TEXT_CSV_VALUE})
  @ProblemResponses({ApiProblem.VALIDATION})
  @Operation(
      operationId = "getAnnualReport",
      summary = "The CITES annual report of a year, as JSON or CSV (staff)",
      description =
          "One row per line of every permit and re-export certificate issued in the year"
              + " (Kazakhstan dates) and not cancelled, in the columns of the CITES guidelines for"
              + " the preparation and submission of annual reports (electronic format): year,"
              + " appendix, taxon, term, quantity, unit, importer, exporter, origin, purpose,"
              + " source, reporter type, export, origin and import permit numbers; then our"
              + " additions, the permit line and the quantity basis. The quantity is the one"
              + " customs endorsed (box 14, quantityBasis ENDORSED) where the permit was"
              + " endorsed, else the permit's own (ISSUED); a line endorsed as not shipped (0)"
              + " gives no row. Accept: text/csv gives RFC 4180 CSV in UTF-8 with a header row, as"
              + " an attachment; application/json (the default) the same rows as JSON. The year"
              + " runs from 2000 (CITES in force for Kazakhstan) to the current year, which is"
              + " partial.")
  @ApiResponse(
      responseCode = "200",
      description = "The report in the representation Accept asks for: JSON (default) or CSV.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AnnualReport.class)),
        @Content(
            mediaType = AnnualReportCsv.TEXT_CSV_VALUE,
            schema =
                @Schema(
                    type = "string",
                    description =
                        "RFC 4180 CSV, UTF-8, CRLF line ends, a header row with the column names,"
                            + " one row per permit line; sent as an attachment"
                            + " (cites-annual-report-KZ-<year>.csv). An empty field is an"
                            + " absent value; Unit empty means a number of specimens.",
                    example =
                        "Year,Appendix,Taxon,Term,Quantity,Unit,Importer,Exporter,Origin,Purpose,"
                            + "Source,Reporter type,Export permit no.,Origin permit no.,"
                            + "Import permit no.,Permit line,Quantity basis\r\n"
                            + "2026,II,Falco cherrug,LIV,1,,AE,KZ,,P,C,E,26KZ000001,,,1,"
                            + "ENDORSED\r\n"))
      })
  AnnualReport annual(
      @Parameter(description = "The year reported, 2000 to the current year", example = "2026")
          @PathVariable
          int year) {
    return reports.of(year);
  }
}
