package kz.cites.application.cabinet;

import static kz.cites.application.Callers.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import kz.cites.application.ApiTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * Notifications written before texts came in three languages: the migration keeps what their
 * English sentences named as arguments, and the cabinet writes them in the reader's language.
 */
class NotificationLanguagesTest extends ApiTest {

  /** A schema of its own, migrated step by step, so the service's own schema is not touched. */
  private static final String OLD = "notifications_before_v8";

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @Test
  void theMigrationKeepsWhatTheEnglishSentencesNamedAsArguments() {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(OLD)
        .locations("classpath:db/migration")
        .target("7")
        .load()
        .migrate();
    JdbcClient old = JdbcClient.create(dataSource);
    UUID application = UUID.randomUUID();
    old.sql(
            "insert into "
                + OLD
                + ".application (id, version, owner_iin, status, content, created_at,"
                + " updated_at) values (:id, 0, '811201401188', 'REFUSED', '{}'::jsonb, now(),"
                + " now())")
        .param("id", application)
        .update();
    insertOld(
        old,
        application,
        "SUBMISSION_REGISTERED",
        "Your application was registered as CITES-2026-000042. The authority will decide by"
            + " 2026-03-31.",
        "CITES-2026-000042",
        null,
        "2026-03-31",
        null,
        null);
    insertOld(
        old,
        application,
        "APPLICATION_REFUSED",
        "Your application CITES-2026-000042 was refused (grounds: UNRELIABLE_DATA, COURT_BAN)."
            + " Reason: The origin permit does not exist",
        "CITES-2026-000042",
        null,
        null,
        "UNRELIABLE_DATA,COURT_BAN",
        "The origin permit does not exist");
    old.sql(
            "insert into "
                + OLD
                + ".hearing (id, application_id, grounds, reason, automatic, notified_at,"
                + " meeting_at, meeting_place, answer_by, decision_due_at) values (:id, :app,"
                + " 'COURT_BAN', 'A court ban', false, '2026-03-25T06:00:00Z',"
                + " '2026-03-26T05:00:00Z', 'Astana, Mangilik El 8, room 214',"
                + " '2026-03-27T13:00:00Z', '2026-03-30T13:00:00Z')")
        .param("id", UUID.randomUUID())
        .param("app", application)
        .update();
    insertOld(
        old,
        application,
        "HEARING_NOTICE",
        "The authority intends to refuse your application CITES-2026-000042 (grounds: COURT_BAN)."
            + " Reason: A court ban ...",
        "CITES-2026-000042",
        null,
        null,
        "COURT_BAN",
        "A court ban");
    old.sql(
            "update "
                + OLD
                + ".notification set answer_by = '2026-03-27T13:00:00Z' where kind ="
                + " 'HEARING_NOTICE'")
        .update();
    insertOld(
        old,
        application,
        "WITHDRAWAL_CONFIRMED",
        "You withdrew your draft. It will not be processed any further.",
        null,
        null,
        null,
        null,
        null);

    Flyway.configure()
        .dataSource(dataSource)
        .schemas(OLD)
        .locations("classpath:db/migration")
        .load()
        .migrate();

    List<Map<String, Object>> rows =
        old.sql(
                "select kind, arguments::text as arguments from "
                    + OLD
                    + ".notification order by seq")
            .query()
            .listOfRows();
    assertThat(rows)
        .extracting(r -> r.get("kind") + " " + r.get("arguments"))
        .containsExactly(
            "SUBMISSION_REGISTERED {\"dueDate\": \"2026-03-31\", \"registrationNumber\":"
                + " \"CITES-2026-000042\"}",
            "APPLICATION_REFUSED {\"reason\": \"The origin permit does not exist\", \"grounds\":"
                + " \"UNRELIABLE_DATA,COURT_BAN\", \"registrationNumber\": \"CITES-2026-000042\"}",
            "HEARING_NOTICE {\"reason\": \"A court ban\", \"grounds\": \"COURT_BAN\","
                + " \"answerBy\": \"2026-03-27T13:00:00Z\", \"meetingAt\":"
                + " \"2026-03-26T05:00:00Z\", \"meetingPlace\": \"Astana, Mangilik El 8, room"
                + " 214\", \"registrationNumber\": \"CITES-2026-000042\"}",
            "WITHDRAWAL_CONFIRMED {}");
    assertThat(
            old.sql(
                    "select count(*) from information_schema.columns where table_schema = :schema"
                        + " and table_name = 'notification' and column_name = 'message'")
                .param("schema", OLD)
                .query(Long.class)
                .single())
        .as("the English sentence is gone")
        .isZero();
    old.sql("drop schema " + OLD + " cascade").update();
  }

  @Test
  void aNotificationWrittenBeforeTheDutysReasonWasKeptIsReadInEveryLanguage() throws Exception {
    String iin = "850315400921";
    UUID application = UUID.randomUUID();
    jdbc.sql(
            "insert into application (id, version, owner_iin, status, content, created_at,"
                + " updated_at) values (:id, 0, :iin, 'NOT_ACCEPTED', '{}'::jsonb, now(), now())")
        .param("id", application)
        .param("iin", iin)
        .update();
    // as V7 leaves an APPLICATION_NOT_ACCEPTED row of before: no duty among its arguments
    jdbc.sql(
            "insert into notification (id, recipient_iin, application_id, kind,"
                + " registration_number, reason, created_at, arguments) values (:id, :iin, :app,"
                + " 'APPLICATION_NOT_ACCEPTED', 'CITES-2026-000077', 'no payment found', :at,"
                + " '{\"registrationNumber\": \"CITES-2026-000077\", \"reason\": \"no payment"
                + " found\"}'::jsonb)")
        .param("id", UUID.randomUUID())
        .param("iin", iin)
        .param("app", application)
        .param("at", Timestamp.from(NOW))
        .update();

    assertThat(message(iin, "kk"))
        .isEqualTo(
            "CITES-2026-000077 нөмірлі өтінішіңіз қарауға қабылданбады: мемлекеттік баж белгіленген"
                + " тәртіппен төленбеді. Бұл рұқсат беруден бас тарту емес; өтінішті қайта беруге"
                + " болады.");
    assertThat(message(iin, null))
        .isEqualTo(
            "Ваша заявка CITES-2026-000077 не принята к рассмотрению: государственная пошлина не"
                + " оплачена в установленном порядке. Это не отказ в выдаче разрешения; вы можете"
                + " подать заявку повторно.");
    assertThat(message(iin, "en"))
        .isEqualTo(
            "Your application CITES-2026-000077 was not accepted for consideration: the state duty"
                + " was not paid as required. This is not a refusal; you may apply again.");
  }

  private String message(String iin, String acceptLanguage) throws Exception {
    var request = get("/api/v1/cabinet/notifications").with(applicant(iin));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    JsonNode page = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(response.getHeader("Content-Language"))
        .isEqualTo(acceptLanguage == null ? "ru" : acceptLanguage);
    return page.path("items").path(0).path("message").asString();
  }

  private static void insertOld(
      JdbcClient old,
      UUID application,
      String kind,
      String message,
      String registrationNumber,
      String permitNumber,
      String dueDate,
      String grounds,
      String reason) {
    old.sql(
            "insert into "
                + OLD
                + ".notification (id, recipient_iin, application_id, kind, message,"
                + " registration_number, permit_number, due_date, refusal_grounds, reason,"
                + " created_at) values (:id, '811201401188', :app, :kind, :message, :number,"
                + " :permit, cast(:due as date), :grounds, :reason, now())")
        .param("id", UUID.randomUUID())
        .param("app", application)
        .param("kind", kind)
        .param("message", message)
        .param("number", registrationNumber)
        .param("permit", permitNumber)
        .param("due", dueDate)
        .param("grounds", grounds)
        .param("reason", reason)
        .update();
  }
}
