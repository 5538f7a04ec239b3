package kz.cites.application.calendar.web;

import static kz.cites.application.Callers.calendarAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.cites.application.ApiTest;
import kz.cites.application.Callers;
import kz.cites.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calendar API on a real PostgreSQL: roles, rules, audit trail and outbox event. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestInfrastructure.class, CalendarApiTest.FixedClock.class})
class CalendarApiTest {

  /** Thursday 1 October 2026, 11:15 in Almaty. */
  static final Instant NOW = Instant.parse("2026-10-01T06:15:00Z");

  static final String ADMIN = Callers.CALENDAR_ADMIN_IIN;
  static final String DECREE =
      "Government decree No. 123 of 30 Sep 2026: day off moved from Sat 17 Oct";

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  /** The marks are shared with the other tests of this JVM: take them away again. */
  @AfterEach
  void removeMarks() {
    jdbc.sql("delete from calendar_day").update();
  }

  @Test
  void anAdministratorMarksATransferredDayAndRemovesItAgain() throws Exception {
    mvc.perform(mark("2026-10-14", "OFF", DECREE).with(calendarAdmin()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.date").value("2026-10-14"))
        .andExpect(jsonPath("$.dayOfWeek").value("WEDNESDAY"))
        .andExpect(jsonPath("$.kind").value("OFF"))
        .andExpect(jsonPath("$.source").value("ADMIN"))
        .andExpect(jsonPath("$.reason").value(DECREE))
        .andExpect(jsonPath("$.markedBy").value(ADMIN))
        .andExpect(jsonPath("$.markedAt").value("2026-10-01T06:15:00Z"));
    mvc.perform(mark("2026-10-17", "WORKED", DECREE).with(calendarAdmin()))
        .andExpect(status().isCreated());
    // the same mark again changes nothing: no second audit row, no second event
    mvc.perform(mark("2026-10-17", "WORKED", DECREE).with(calendarAdmin()))
        .andExpect(status().isOk());

    JsonNode year = ApiTest.read(mvc, json, get("/api/v1/calendar/2026").with(role("APPLICANT")));
    assertThat(year.path("year").asInt()).isEqualTo(2026);
    Map<String, JsonNode> days =
        java.util.stream.StreamSupport.stream(year.path("days").spliterator(), false)
            .collect(java.util.stream.Collectors.toMap(d -> d.path("date").asString(), d -> d));
    assertThat(days.get("2026-10-14").path("source").asString()).isEqualTo("ADMIN");
    assertThat(days.get("2026-10-17").path("kind").asString()).isEqualTo("WORKED");
    assertThat(days.get("2026-10-26").path("source").asString()).isEqualTo("BUNDLED");
    assertThat(days.get("2026-10-26").path("reason").isNull()).isTrue();
    assertThat(days).hasSize(17);
    assertThat(
            java.util.stream.StreamSupport.stream(year.path("days").spliterator(), false)
                .map(d -> d.path("date").asString())
                .toList())
        .isSorted();

    mvc.perform(
            delete("/api/v1/calendar/days/2026-10-17")
                .param("reason", "Decree No. 123 amended")
                .with(calendarAdmin()))
        .andExpect(status().isNoContent());
    mvc.perform(delete("/api/v1/calendar/days/2026-10-17").with(calendarAdmin()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"));

    assertThat(
            jdbc.sql(
                    "select day || ' ' || action || ' ' || coalesce(kind, '-') || ' '"
                        + " || coalesce(reason, '-') || ' ' || changed_by"
                        + " from calendar_day_change where day in ('2026-10-14', '2026-10-17') order by id")
                .query(String.class)
                .list())
        .containsExactly(
            "2026-10-14 MARKED OFF " + DECREE + " " + ADMIN,
            "2026-10-17 MARKED WORKED " + DECREE + " " + ADMIN,
            "2026-10-17 REMOVED - Decree No. 123 amended " + ADMIN);
    // each change is in the outbox, keyed by the date, on the calendar topic
    List<Map<String, Object>> events =
        jdbc.sql(
                "select message_key, payload from outbox_event"
                    + " where topic = 'cites.calendar.events' and event_type"
                    + " = 'kz.cites.CalendarDayChanged' and message_key in"
                    + " ('2026-10-14', '2026-10-17') order by seq")
            .query()
            .listOfRows();
    assertThat(events)
        .extracting(r -> r.get("message_key"))
        .containsExactly("2026-10-14", "2026-10-17", "2026-10-17");
    JsonNode removed = json.readTree(events.get(2).get("payload").toString());
    assertThat(removed.path("date").asString()).isEqualTo("2026-10-17");
    assertThat(removed.path("kind").isNull()).isTrue();
    JsonNode marked = json.readTree(events.get(0).get("payload").toString());
    assertThat(marked.path("kind").asString()).isEqualTo("OFF");
    assertThat(marked.path("reason").asString()).isEqualTo(DECREE);
  }

  @Test
  void aChangedMarkIsAuditedWithItsPreviousKind() throws Exception {
    mvc.perform(mark("2026-11-04", "OFF", "Decree No. 1").with(calendarAdmin()))
        .andExpect(status().isCreated());
    mvc.perform(mark("2026-11-04", "OFF", "Decree No. 2 (replaces No. 1)").with(calendarAdmin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reason").value("Decree No. 2 (replaces No. 1)"));
    assertThat(
            jdbc.sql(
                    "select coalesce(previous_kind, '-') || ' ' || kind from calendar_day_change"
                        + " where day = '2026-11-04' order by id")
                .query(String.class)
                .list())
        .containsExactly("- OFF", "OFF OFF");
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // today and earlier (Asia/Almaty): terms were already computed on them
        "2026-10-01 | OFF    | 422 | calendar-day-in-past      | date",
        "2026-09-30 | OFF    | 422 | calendar-day-in-past      | date",
        // a year without bundled data
        "2028-01-10 | OFF    | 422 | calendar-year-unavailable | year",
        // the same consistency rules as the year files
        "2026-10-17 | OFF    | 400 | validation                | kind",
        "2026-10-14 | WORKED | 400 | validation                | kind",
        "2026-10-14 | HOLIDAY | 400 | validation               | kind",
        "2026-10-14 | -      | 400 | validation                | kind",
        // the bundled data already says so: nothing to mark
        "2026-10-26 | OFF    | 409 | calendar-day-bundled      | kind",
      })
  void marksThatBreakARuleAreRefused(
      String date, String kind, int status, String type, String field) throws Exception {
    mvc.perform(mark(date, kind, DECREE).with(calendarAdmin()))
        .andExpect(status().is(status))
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/" + type))
        .andExpect(jsonPath("$.field").value(field));
    assertThat(marks()).isZero();
  }

  @ParameterizedTest(name = "reason [{0}]")
  @CsvSource(
      nullValues = "-",
      value = {"-", "'   '"})
  void aMarkNeedsTheDecree(String reason) throws Exception {
    mvc.perform(mark("2026-10-14", "OFF", reason).with(calendarAdmin()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(jsonPath("$.field").value("reason"))
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(mark("2026-10-14", "OFF", "x".repeat(501)).with(calendarAdmin()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("reason"));
    assertThat(marks()).isZero();
  }

  @Test
  void pathsOfTheWrongShapeAreProblemsNamingTheParameter() throws Exception {
    mvc.perform(mark("14.10.2026", "OFF", DECREE).with(calendarAdmin()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("date"));
    mvc.perform(get("/api/v1/calendar/next").with(role("OFFICER")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("year"));
    mvc.perform(get("/api/v1/calendar/2030").with(role("OFFICER")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/calendar-year-unavailable"));
  }

  @Test
  void removingIsForMarksOnly() throws Exception {
    mvc.perform(delete("/api/v1/calendar/days/2026-10-26").with(calendarAdmin()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/calendar-day-bundled"));
    mvc.perform(delete("/api/v1/calendar/days/2026-09-30").with(calendarAdmin()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/calendar-day-in-past"));
  }

  @Test
  void onlyACalendarAdministratorChangesTheCalendar() throws Exception {
    mvc.perform(get("/api/v1/calendar/2026")).andExpect(status().isUnauthorized());
    for (String reader : List.of("APPLICANT", "OFFICER", "OPERATOR", "CALENDAR_ADMIN")) {
      mvc.perform(get("/api/v1/calendar/2026").with(role(reader))).andExpect(status().isOk());
    }
    mvc.perform(mark("2026-10-14", "OFF", DECREE))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/unauthenticated"));
    for (String other : List.of("APPLICANT", "OFFICER", "OPERATOR", "TARIFF_ADMIN")) {
      mvc.perform(mark("2026-10-14", "OFF", DECREE).with(role(other)))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.type").value("https://cites.kz/problems/forbidden"));
      mvc.perform(delete("/api/v1/calendar/days/2026-10-14").with(role(other)))
          .andExpect(status().isForbidden());
    }
    mvc.perform(delete("/api/v1/calendar/days/2026-10-14")).andExpect(status().isUnauthorized());
    assertThat(marks()).isZero();
  }

  private long marks() {
    return jdbc.sql("select count(*) from calendar_day").query(Long.class).single();
  }

  private MockHttpServletRequestBuilder mark(String date, String kind, String reason)
      throws Exception {
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("kind", kind);
    body.put("reason", reason);
    return put("/api/v1/calendar/days/" + date)
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(body));
  }

  /** Anyone in {@code role}: the calendar is read by every role, changed by one. */
  private static RequestPostProcessor role(String role) {
    return Callers.withRole(role, Callers.STAFF_IIN);
  }
}
