package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.calendarAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

/**
 * A day marked through the calendar API moves the registration date and due date of the
 * applications registered after it (submitted Friday 20 March 2026, 19:00 in Almaty).
 */
class TransferredDayRegistrationTest extends IntakeApiTest {

  /** One captive-bred saker falcon for a zoo: a contract and the scientific opinion needed. */
  private static Drafts.Draft forAZoo() {
    return Drafts.export()
        .purpose("Z")
        .counterparty("Tierpark Berlin", "Berlin", "DE")
        .specimen(Drafts.saker().quantity(1).marks("ring KZ-003"));
  }

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
    String location = created(forAZoo());
    attach(location, OWNER, "CONTRACT");
    attach(location, OWNER, "SCIENTIFIC_OPINION");

    mvc.perform(
            post(location + "/submission")
                .with(applicant(OWNER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(signed(location, OWNER)))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.registeredAt").value(NOW.toString()))
        .andExpect(jsonPath("$.registrationDate").value(registrationDate))
        .andExpect(jsonPath("$.dueDate").value(dueDate));
  }
}
