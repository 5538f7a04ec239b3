package kz.cites.permit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases waiting for an officer. The shared test context runs with auto-approval on (so the flow
 * tests see permits issued), hence cases in review are written as the flow leaves them with it off:
 * all three inputs in, no ground, status IN_REVIEW.
 */
public final class ReviewCaseSeeds {

  private ReviewCaseSeeds() {}

  public static UUID inReview(JdbcClient jdbc, JsonMapper json, Instant dueAt) {
    return inReview(jdbc, json, dueAt, Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true));
  }

  /** A case in review of {@code application}. */
  public static UUID inReview(
      JdbcClient jdbc, JsonMapper json, Instant dueAt, ApplicationSnapshot application) {
    UUID applicationId = UUID.randomUUID();
    jdbc.sql(
            """
            insert into review_case (application_id, status, registration_number, due_at,
                term_ends_at, application, checks, fee_outcome, fee_amount, created_at)
            values (:id, 'IN_REVIEW', :reg, :due, :due, cast(:application as jsonb),
                cast(:checks as jsonb), 'CONFIRMED', 8650, :now)
            """)
        .param("id", applicationId)
        .param("reg", "KZ-2026-" + applicationId.toString().substring(0, 8))
        .param("due", Timestamp.from(dueAt))
        .param("application", json.writeValueAsString(application))
        .param("checks", json.writeValueAsString(Fixtures.allChecksPassed(applicationId).checks()))
        .param("now", Timestamp.from(IntegrationTest.NOW))
        .update();
    return applicationId;
  }
}
