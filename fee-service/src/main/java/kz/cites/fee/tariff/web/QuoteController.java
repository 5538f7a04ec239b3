package kz.cites.fee.tariff.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import kz.cites.fee.tariff.DutySchedule;
import kz.cites.fee.tariff.domain.Duty;
import kz.cites.fee.tariff.domain.TariffMissingException;
import kz.cites.fee.web.ApiProblem;
import kz.cites.fee.web.ProblemResponses;
import kz.cites.web.Texts;
import org.jspecify.annotations.NullMarked;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Fees", description = "State duty for CITES permits")
class QuoteController {

  private final DutySchedule schedule;
  private final Texts texts;

  QuoteController(DutySchedule schedule, Texts texts) {
    this.schedule = schedule;
    this.texts = texts;
  }

  /** The duty of a payment made on a date. */
  @NullMarked
  record Quote(
      @Schema(description = "The day of payment asked about", example = "2025-12-31")
          LocalDate date,
      @Schema(description = "What a payment made that day owes, tenge", example = "7864.00")
          BigDecimal amount,
      @Schema(example = "KZT") String currency,
      @Schema(description = "The year of the MCI in force that day", example = "2025") int mciYear,
      @Schema(example = "3932.00") BigDecimal mciValue,
      @Schema(example = "2") int multiplier,
      @Schema(
              description =
                  "The provision of the Tax Code in force that day, in the caller's language"
                      + " (Accept-Language: kk, ru or en; Russian by default)",
              example =
                  "Налоговый кодекс Республики Казахстан (2017): государственная пошлина за"
                      + " выдачу разрешений на ввоз, вывоз и реэкспорт видов, подпадающих под"
                      + " действие СИТЕС, — 2 МРП")
          String legalReference) {}

  @GetMapping("/api/v1/fees/quote")
  @ProblemResponses({ApiProblem.VALIDATION, ApiProblem.MCI_NOT_SET})
  @Operation(
      operationId = "quoteDuty",
      summary = "The duty if paid on a date",
      description =
          "The Tax Code fixes the duty by the MCI in force on the day of payment: multiplier x MCI"
              + " of the date's year, with the rate and legal reference in force that day. A"
              + " payment made on that Kazakhstan (Asia/Almaty) date owes this amount whatever the"
              + " application's registration date: 2025-12-31 -> 7864.00, 2026-01-01 -> 8650.00."
              + " 400 .../validation naming date when it is missing or not YYYY-MM-DD; 422"
              + " .../mci-not-set when the MCI of that year is not in the tariff yet.")
  Quote quote(
      @Parameter(
              description = "Day of payment (Kazakhstan date), YYYY-MM-DD",
              example = "2025-12-31")
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
          duty.legalReference().in(texts.answerLanguage().tag()));
    } catch (TariffMissingException e) {
      throw ApiProblem.MCI_NOT_SET
          .detail("day", e.date(), e.date().getYear())
          .with("field", "date")
          .with("year", date.getYear());
    }
  }
}
