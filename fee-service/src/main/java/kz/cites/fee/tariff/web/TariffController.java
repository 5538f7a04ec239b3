package kz.cites.fee.tariff.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.cites.fee.assessment.PendingAssessments;
import kz.cites.fee.tariff.TariffAdministration;
import kz.cites.fee.tariff.TariffAdministration.Change;
import kz.cites.fee.tariff.domain.MciEntry;
import kz.cites.fee.tariff.domain.TariffBook.DatedRate;
import kz.cites.fee.web.ApiProblem;
import kz.cites.fee.web.ProblemResponses;
import kz.cites.web.CurrentUser;
import kz.cites.web.Texts;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tariff", description = "The MCI per year and the duty rate")
class TariffController {

  /** Role of who may enter the MCI; OPERATOR is read-only by the architecture. */
  static final String ADMIN_ROLE = "TARIFF_ADMIN";

  private final TariffAdministration administration;
  private final PendingAssessments pendingAssessments;
  private final Texts texts;

  TariffController(
      TariffAdministration administration, PendingAssessments pendingAssessments, Texts texts) {
    this.administration = administration;
    this.pendingAssessments = pendingAssessments;
    this.texts = texts;
  }

  record MciRequest(BigDecimal value, String source) {}

  @NullMarked
  record MciView(
      int year, BigDecimal value, String source, @Nullable String setBy, @Nullable Instant setAt) {
    static MciView of(MciEntry e) {
      return new MciView(e.year(), e.value(), e.source(), e.setBy(), e.setAt());
    }
  }

  /** A duty rate, its legal reference in the caller's language. */
  @NullMarked
  record RateView(LocalDate validFrom, int multiplier, String legalReference) {
    static RateView of(DatedRate rate, String language) {
      return new RateView(rate.validFrom(), rate.multiplier(), rate.legalReference().in(language));
    }
  }

  @NullMarked
  record TariffView(List<MciView> mci, List<RateView> rates) {}

  @GetMapping("/api/v1/fees/tariff")
  @Operation(
      operationId = "getTariff",
      summary = "The tariff: MCI per year (with who set it) and the duty rates",
      description = "For officers and operators. A year missing here has no duty yet.")
  TariffView tariff() {
    String language = texts.answerLanguage().tag();
    return new TariffView(
        administration.mciYears().stream().map(MciView::of).toList(),
        administration.rates().stream().map(r -> RateView.of(r, language)).toList());
  }

  @PutMapping("/api/v1/fees/tariff/mci/{year}")
  @ProblemResponses({
    ApiProblem.VALIDATION,
    ApiProblem.MALFORMED_BODY,
    ApiProblem.MCI_IN_USE,
    ApiProblem.CONFLICT
  })
  @Operation(
      operationId = "setMci",
      summary = "Set the MCI of a year (role TARIFF_ADMIN)",
      description =
          "Body {value, source}: value in tenge (> 0, at most 2 decimals), source = the budget law."
              + " 201 when the year is new, 200 when corrected or unchanged; 409 .../mci-in-use"
              + " when duties were already assessed with a different value; 400 .../validation"
              + " naming the field. Who set it and when is kept (setBy, setAt, audit log)."
              + " Assessments waiting for this year are made at once.")
  ResponseEntity<MciView> setMci(
      @Parameter(description = "Calendar year, 2000-2100", example = "2027") @PathVariable int year,
      @RequestBody MciRequest request,
      Authentication authentication) {
    if (year < 2000 || year > 2100) {
      throw ApiProblem.invalidField("year", "Invalid", "field.year.range", 2000, 2100);
    }
    if (request.value() == null
        || request.value().signum() <= 0
        || request.value().scale() > 2
        || request.value().precision() - request.value().scale() > 10) {
      throw ApiProblem.invalidField("value", "Invalid", "field.tenge");
    }
    String source = request.source() == null ? "" : request.source().strip();
    if (source.isEmpty() || source.length() > 500) {
      throw ApiProblem.invalidField("source", "Invalid", "field.source.law", 500);
    }
    String by = CurrentUser.of(authentication).iin();
    Change change = administration.setMci(year, request.value(), source, by);
    if (change != Change.UNCHANGED) {
      // the cases that waited for this year need not wait for the scheduled retry
      pendingAssessments.retry();
    }
    MciView view =
        administration.mciYears().stream()
            .filter(e -> e.year() == year)
            .map(MciView::of)
            .findFirst()
            .orElseThrow();
    return ResponseEntity.status(change == Change.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
        .body(view);
  }
}
