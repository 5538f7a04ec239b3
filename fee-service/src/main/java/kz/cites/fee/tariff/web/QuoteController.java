package kz.cites.fee.tariff.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import kz.cites.fee.tariff.DutySchedule;
import kz.cites.fee.tariff.domain.Duty;
import kz.cites.fee.tariff.domain.TariffMissingException;
import kz.cites.fee.web.ApiProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Fees", description = "State duty for CITES permits")
class QuoteController {

  private final DutySchedule schedule;

  QuoteController(DutySchedule schedule) {
    this.schedule = schedule;
  }

  /** The duty for an application registered on a date. */
  record Quote(
      LocalDate date,
      BigDecimal amount,
      String currency,
      int mciYear,
      BigDecimal mciValue,
      int multiplier,
      String legalReference) {}

  @GetMapping("/api/v1/fees/quote")
  @Operation(
      summary = "The duty for a registration date",
      description =
          "Multiplier x MCI of the date's year. 400 when the date is missing or not YYYY-MM-DD;"
              + " 422 (type .../mci-not-set) when the MCI of that year is not in the tariff yet.")
  Quote quote(
      @Parameter(description = "Registration date, YYYY-MM-DD", example = "2026-01-02")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate date) {
    try {
      Duty duty = schedule.dutyOn(date);
      return new Quote(
          date,
          duty.amount(),
          duty.currency(),
          duty.mciYear(),
          duty.mciValue(),
          duty.multiplier(),
          duty.legalReference());
    } catch (TariffMissingException e) {
      throw ApiProblem.MCI_NOT_SET
          .exception(e.getMessage())
          .with("field", "date")
          .with("year", date.getYear());
    }
  }
}
