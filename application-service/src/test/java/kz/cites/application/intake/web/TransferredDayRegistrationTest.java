package kz.cites.application.intake.web;

import static kz.cites.application.intake.web.ApplicationApiTest.NOW;
import static kz.cites.application.intake.web.ApplicationApiTest.OWNER;
import static kz.cites.application.intake.web.ApplicationApiTest.applicant;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kz.cites.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A day marked through the calendar API moves the registration date and due date of the
 * applications registered after it (submitted Friday 20 March 2026, 19:00 in Almaty).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestInfrastructure.class, ApplicationApiTest.FixedClock.class})
class TransferredDayRegistrationTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  /** The other tests of this context count on the bundled calendar. */
  @AfterEach
  void removeMarks() {
    jdbc.sql("delete from calendar_day").update();
  }

  @ParameterizedTest(name = "{0} marked {1}: registered {2}, due {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        // bundled: 21-22 weekend, 23-25 Nauryz; registered Thu 26, due Tue 31 March
        "-,          -,      2026-03-26, 2026-03-31",
        // a decree makes Fri 27 a day off: due one working day later
        "2026-03-27, OFF,    2026-03-26, 2026-04-01",
        // a decree makes Sat 28 a working day: due one day earlier
        "2026-03-28, WORKED, 2026-03-26, 2026-03-30",
        // a decree makes Thu 26 a day off too: registered on Fri 27
        "2026-03-26, OFF,    2026-03-27, 2026-04-01",
        // a decree makes Sat 21 a working day: registered on it, due Mon 30 (22-25 are off)
        "2026-03-21, WORKED, 2026-03-21, 2026-03-30",
      })
  void registrationFollowsTheMarkedDay(
      String day, String kind, String registrationDate, String dueDate) throws Exception {
    if (day != null) {
      mvc.perform(
              put("/api/v1/calendar/days/" + day)
                  .with(calendarAdmin())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      "{\"kind\": \"%s\", \"reason\": \"Government decree (test)\"}"
                          .formatted(kind)))
          .andExpect(status().isCreated());
    }
    String location =
        mvc.perform(
                post("/api/v1/applications")
                    .with(applicant(OWNER))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(DRAFT))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    ApplicationApiTest.upload(mvc, location, "CONTRACT");
    ApplicationApiTest.upload(mvc, location, "SCIENTIFIC_OPINION");

    mvc.perform(
            post(location + "/submission")
                .with(applicant(OWNER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(ApplicationApiTest.signed(mvc, json, location, OWNER)))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.registeredAt").value(NOW.toString()))
        .andExpect(jsonPath("$.registrationDate").value(registrationDate))
        .andExpect(jsonPath("$.dueDate").value(dueDate));
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor calendarAdmin() {
    return jwt()
        .jwt(
            j ->
                j.subject("921212308469")
                    .claim("iin", "921212308469")
                    .claim("roles", List.of("CALENDAR_ADMIN")))
        .authorities(new SimpleGrantedAuthority("ROLE_CALENDAR_ADMIN"));
  }

  private static final String DRAFT =
      """
      {"permitType": "EXPORT",
       "applicant": {"type": "INDIVIDUAL", "iin": "%s", "name": "Aidar Seitkali",
                     "address": "Almaty, Abai 10", "phone": "+7 701 000 00 00", "email": "aidar@example.kz"},
       "purposeCode": "Z",
       "counterparty": {"name": "Tierpark Berlin", "address": "Berlin", "countryCode": "DE"},
       "specimens": [{"scientificName": "Falco cherrug", "termCode": "LIV", "quantity": 1,
                      "sourceCode": "C", "countryOfOrigin": "KZ", "marks": "ring KZ-003"}],
       "transport": {"borderCrossing": "Almaty airport", "plannedDate": "2026-04-15"},
       "personalDataConsent": true}
      """
          .formatted(OWNER);
}
