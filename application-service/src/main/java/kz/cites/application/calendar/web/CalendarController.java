package kz.cites.application.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kz.cites.application.calendar.CalendarAdministration;
import kz.cites.application.calendar.CalendarAdministration.Change;
import kz.cites.application.calendar.CalendarAdministration.Day;
import kz.cites.application.calendar.CalendarAdministration.Marked;
import kz.cites.application.calendar.CalendarAdministration.Source;
import kz.cites.application.calendar.domain.CalendarMark;
import kz.cites.application.calendar.domain.CalendarRuleViolation;
import kz.cites.application.calendar.domain.CalendarRuleViolation.Rule;
import kz.cites.application.web.ApiProblem;
import kz.cites.application.web.ProblemResponses;
import kz.cites.calendar.DayKind;
import kz.cites.web.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Kazakhstan working calendar the service term is counted on, and the administrators' marks of
 * days a decree moved during the year.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(
    name = "Calendar",
    description =
        "The working calendar of the 3-working-day term: bundled yearly data plus the days an"
            + " administrator marked when a decree moved a day off")
class CalendarController {

  private final CalendarAdministration administration;

  CalendarController(CalendarAdministration administration) {
    this.administration = administration;
  }

  @Schema(description = "A request to mark a day moved by a decree")
  record MarkRequest(
      @Schema(
              description =
                  "OFF makes a Monday-Friday a day off; WORKED makes a Saturday or Sunday a"
                      + " working day",
              allowableValues = {"OFF", "WORKED"},
              example = "OFF",
              requiredMode = Schema.RequiredMode.REQUIRED)
          String kind,
      @Schema(
              description = "The decree that moved the day (1-500 characters)",
              example = "Government decree No. 123 of 30 Sep 2026: day off moved from Sat 17 Oct",
              maxLength = 500,
              requiredMode = Schema.RequiredMode.REQUIRED)
          String reason) {}

  @Schema(description = "A day that is an exception to the weekend rule")
  record DayView(
      @Schema(description = "The day", example = "2026-10-14") LocalDate date,
      @Schema(description = "Day of the week", example = "WEDNESDAY") DayOfWeek dayOfWeek,
      @Schema(
              description =
                  "OFF: a weekday that is a day off; WORKED: a weekend day that is worked",
              example = "OFF")
          DayKind kind,
      @Schema(
              description =
                  "BUNDLED: the year's file released with the service; ADMIN: marked by an"
                      + " administrator",
              example = "ADMIN")
          Source source,
      @Schema(
              description = "The decree (ADMIN marks only; null for BUNDLED days)",
              example = "Government decree No. 123 of 30 Sep 2026: day off moved from Sat 17 Oct",
              nullable = true)
          String reason,
      @Schema(
              description = "IIN of the administrator who marked it (ADMIN only)",
              example = "921212308469",
              nullable = true)
          String markedBy,
      @Schema(
              description = "When it was marked (ADMIN only)",
              example = "2026-10-01T06:15:00Z",
              nullable = true)
          Instant markedAt) {

    static DayView of(Day day) {
      CalendarMark mark = day.mark();
      return new DayView(
          day.date(),
          day.date().getDayOfWeek(),
          day.kind(),
          day.source(),
          mark == null ? null : mark.reason(),
          mark == null ? null : mark.markedBy(),
          mark == null ? null : mark.markedAt());
    }

    static DayView of(CalendarMark mark) {
      return of(new Day(mark.date(), mark.kind(), Source.ADMIN, mark));
    }
  }

  @Schema(description = "A year of the working calendar: its exceptions to the weekend rule")
  record YearView(
      @Schema(description = "The year", example = "2026") int year,
      @Schema(
              description =
                  "Weekdays off and worked weekend days, by date; every other Monday-Friday is a"
                      + " working day and every other Saturday/Sunday a day off")
          List<DayView> days) {}

  @GetMapping("/{year}")
  @Operation(
      operationId = "getCalendarYear",
      summary = "The working calendar of a year (any signed-in user)",
      description =
          "The weekdays that are days off and the weekend days that are worked, each with its"
              + " source: BUNDLED (released data) or ADMIN (marked by an administrator, with the"
              + " decree, who and when).")
  @ApiResponse(responseCode = "200", description = "The year's exceptions to the weekend rule")
  @ProblemResponses({ApiProblem.INVALID_PARAMETER, ApiProblem.CALENDAR_YEAR_UNAVAILABLE})
  YearView year(
      @Parameter(description = "Calendar year", example = "2026") @PathVariable int year) {
    return new YearView(year, administration.year(year).stream().map(DayView::of).toList());
  }

  @PutMapping("/days/{date}")
  @Operation(
      operationId = "markCalendarDay",
      summary = "Mark a day moved by a decree (role CALENDAR_ADMIN)",
      description =
          "A weekday becomes a day off (OFF) or a weekend day a working day (WORKED), without a"
              + " release. Registrations after the change count on it; terms already computed"
              + " keep their due dates, which is why only days after today (Asia/Almaty) can be"
              + " changed. Audited and announced as CalendarDayChanged on cites.calendar.events."
              + " Repeating the same mark changes nothing.")
  @ApiResponse(responseCode = "201", description = "Marked")
  @ApiResponse(responseCode = "200", description = "The day's mark was changed, or is unchanged")
  @ProblemResponses({
    ApiProblem.VALIDATION,
    ApiProblem.INVALID_PARAMETER,
    ApiProblem.MALFORMED_BODY,
    ApiProblem.CALENDAR_DAY_BUNDLED,
    ApiProblem.CALENDAR_DAY_IN_PAST,
    ApiProblem.CALENDAR_YEAR_UNAVAILABLE
  })
  ResponseEntity<DayView> mark(
      @Parameter(description = "The day (ISO date), after today", example = "2026-10-14")
          @PathVariable
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate date,
      @RequestBody MarkRequest request,
      Authentication authentication) {
    Marked marked =
        administration.mark(
            date, kind(request.kind()), request.reason(), CurrentUser.of(authentication).iin());
    return ResponseEntity.status(
            marked.change() == Change.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
        .body(DayView.of(marked.mark()));
  }

  @DeleteMapping("/days/{date}")
  @Operation(
      operationId = "unmarkCalendarDay",
      summary = "Remove an administrator's mark (role CALENDAR_ADMIN)",
      description =
          "The bundled data holds again for that day. Only days after today; a bundled day"
              + " cannot be removed (only a release changes it). Audited and announced as"
              + " CalendarDayChanged with kind null.")
  @ApiResponse(responseCode = "204", description = "Removed")
  @ProblemResponses({
    ApiProblem.VALIDATION,
    ApiProblem.INVALID_PARAMETER,
    ApiProblem.NOT_FOUND,
    ApiProblem.CALENDAR_DAY_BUNDLED,
    ApiProblem.CALENDAR_DAY_IN_PAST,
    ApiProblem.CALENDAR_YEAR_UNAVAILABLE
  })
  ResponseEntity<Void> unmark(
      @Parameter(description = "The day (ISO date), after today", example = "2026-10-14")
          @PathVariable
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate date,
      @Parameter(
              description = "Why the mark is removed (optional, at most 500 characters)",
              example = "Decree No. 123 revoked by decree No. 130")
          @RequestParam(required = false)
          String reason,
      Authentication authentication) {
    administration.unmark(date, reason, CurrentUser.of(authentication).iin());
    return ResponseEntity.noContent().build();
  }

  /** The kind named in the request; unknown or missing is a validation problem naming it. */
  private static DayKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      throw new CalendarRuleViolation(Rule.INVALID_FIELD, "kind", "kind-required");
    }
    try {
      return DayKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CalendarRuleViolation(Rule.INVALID_FIELD, "kind", "kind-values");
    }
  }
}
