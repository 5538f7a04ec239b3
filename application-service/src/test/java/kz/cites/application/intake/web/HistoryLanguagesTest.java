package kz.cites.application.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import kz.cites.application.ApiTest;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.HistoryArguments;
import kz.cites.application.intake.domain.HistoryEntry;
import kz.cites.web.Language;
import kz.cites.web.Texts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * History notes written before texts came in three languages (English sentences): the migration
 * keeps what each sentence named as the entry's arguments and drops the sentence, and the note is
 * then written in the reader's language like any other.
 */
class HistoryLanguagesTest extends ApiTest {

  /** A schema of its own, migrated step by step, so the service's own schema is not touched. */
  private static final String OLD = "history_before_v10";

  @Autowired DataSource dataSource;
  @Autowired Texts texts;

  @Test
  void theMigrationKeepsWhatTheEnglishNotesNamedAndTheNotesReadInEveryLanguage() {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(OLD)
        .locations("classpath:db/migration")
        .target("9")
        .load()
        .migrate();
    JdbcClient old = JdbcClient.create(dataSource);
    UUID application = UUID.randomUUID();
    old.sql(
            "insert into "
                + OLD
                + ".application (id, version, owner_iin, status, content, registration_number,"
                + " registration_date, due_date, refusal_grounds, created_at, updated_at) values"
                + " (:id, 0, '811201401188', 'REFUSED', '{}'::jsonb, 'CITES-2026-000042',"
                + " '2026-03-26', '2026-03-31', 'COURT_BAN', now(), now())")
        .param("id", application)
        .update();
    List<String[]> notes =
        List.of(
            new String[] {"DRAFT", "DraftCreated", "Draft created"},
            new String[] {
              "SUBMITTED",
              "ApplicationSubmitted",
              "Submitted and registered as CITES-2026-000042 on 2026-03-26; the result is due by"
                  + " 2026-03-31"
            },
            new String[] {"IN_VERIFICATION", "FeeAssessed", "State duty assessed: 8650.00 KZT"},
            new String[] {
              "IN_VERIFICATION", "VerificationCompleted", "Registry checks failed: COURT_RECORDS"
            },
            new String[] {
              "HEARING",
              "PreliminaryRefusalNotified",
              "The authority intends to refuse (grounds: COURT_BAN); you may state your position"
                  + " until 2026-03-27T13:00:00Z"
            },
            new String[] {
              "HEARING",
              "HearingLapsed",
              "No position was stated by 2026-03-27T13:00:00Z; the refusal becomes final"
            },
            new String[] {"REFUSED", "ApplicationRefused", "Refused: Ground 3 (...): ..."});
    for (int i = 0; i < notes.size(); i++) {
      old.sql(
              "insert into "
                  + OLD
                  + ".application_history (application_id, entry_index, status, occurred_at,"
                  + " note, event) values (:id, :index, :status, now(), :note, :event)")
          .param("id", application)
          .param("index", i)
          .param("status", notes.get(i)[0])
          .param("event", notes.get(i)[1])
          .param("note", notes.get(i)[2])
          .update();
    }

    Flyway.configure()
        .dataSource(dataSource)
        .schemas(OLD)
        .locations("classpath:db/migration")
        .load()
        .migrate();

    List<Map<String, Object>> rows =
        old.sql(
                "select event, arguments::text as arguments from "
                    + OLD
                    + ".application_history order by entry_index")
            .query()
            .listOfRows();
    assertThat(rows)
        .extracting(r -> r.get("event") + " " + r.get("arguments"))
        .containsExactly(
            "DraftCreated {}",
            "ApplicationSubmitted {\"dueDate\": \"2026-03-31\", \"registrationDate\":"
                + " \"2026-03-26\", \"registrationNumber\": \"CITES-2026-000042\"}",
            "FeeAssessed {\"amount\": \"8650.00\", \"currency\": \"KZT\"}",
            "VerificationCompleted {\"failed\": \"COURT_RECORDS\"}",
            "PreliminaryRefusalNotified {\"grounds\": \"COURT_BAN\", \"answerBy\":"
                + " \"2026-03-27T13:00:00Z\"}",
            "HearingLapsed {\"answerBy\": \"2026-03-27T13:00:00Z\"}",
            "ApplicationRefused {\"grounds\": \"COURT_BAN\"}");
    assertThat(
            old.sql(
                    "select count(*) from information_schema.columns where table_schema = :schema"
                        + " and table_name = 'application_history' and column_name = 'note'")
                .param("schema", OLD)
                .query(Long.class)
                .single())
        .as("the English sentence is gone")
        .isZero();
    old.sql("drop schema " + OLD + " cascade").update();

    HistoryEntry lapsed =
        entry(
            "HearingLapsed",
            HistoryArguments.none().with("answerBy", Instant.parse("2026-03-27T13:00:00Z")));
    assertThat(note(Language.KK, lapsed))
        .isEqualTo(
            "27.03.2026 18:00 (Қазақстан уақыты) дейін ұстаным баяндалмады; бас тарту түпкілікті"
                + " болады.");
    assertThat(note(Language.RU, lapsed))
        .isEqualTo(
            "Позиция до 27.03.2026 18:00 (время Казахстана) не изложена; отказ становится"
                + " окончательным.");
    assertThat(note(Language.EN, lapsed))
        .isEqualTo(
            "No position was stated by 2026-03-27 18:00 (Kazakhstan time); the refusal becomes"
                + " final.");
    HistoryEntry checks =
        entry("VerificationCompleted", HistoryArguments.none().with("failed", "COURT_RECORDS"));
    assertThat(note(Language.RU, checks))
        .isEqualTo(
            "Проверки по государственным базам данных завершены; не пройдены: сведения о судебных"
                + " актах.");
    assertThat(note(Language.EN, entry("VerificationCompleted", HistoryArguments.none())))
        .isEqualTo("All registry checks passed.");
    assertThat(note(Language.KK, entry("ApplicationWithdrawn", HistoryArguments.none())))
        .isEqualTo("Өтінішті өтініш беруші кері қайтарып алды.");
  }

  private String note(Language language, HistoryEntry entry) {
    var request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", language.tag());
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    try {
      return HistoryTexts.note(texts, entry);
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }

  private static HistoryEntry entry(String event, HistoryArguments arguments) {
    return new HistoryEntry(ApplicationStatus.HEARING, Instant.EPOCH, event, arguments);
  }
}
