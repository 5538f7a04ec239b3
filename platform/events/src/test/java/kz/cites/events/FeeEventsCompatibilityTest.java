package kz.cites.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * FeeConfirmed and FeeRejected gained mciYear, mciValue and paidOn (the MCI of the day of payment):
 * an event published before still reads, with the new fields null.
 */
class FeeEventsCompatibilityTest {

  private final JsonMapper json =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void aFeeConfirmedOfTheOldShapeReadsWithoutTheNewFields() {
    FeeConfirmed old =
        json.readValue(
            """
            {"eventId": "1a2b3c4d-0000-4000-8000-000000000003",
             "occurredAt": "2026-03-20T14:00:05Z",
             "applicationId": "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11",
             "amount": 8650.00, "receipts": []}
            """,
            FeeConfirmed.class);

    assertThat(old.amount()).isEqualByComparingTo("8650.00");
    assertThat(old.mciYear()).isNull();
    assertThat(old.mciValue()).isNull();
    assertThat(old.paidOn()).isNull();
  }

  @Test
  void aFeeRejectedOfTheOldShapeReadsWithoutTheNewFields() {
    FeeRejected old =
        json.readValue(
            """
            {"eventId": "1a2b3c4d-0000-4000-8000-000000000004",
             "occurredAt": "2026-03-20T14:00:05Z",
             "applicationId": "0b9d5a3e-7c1f-4f5e-8a2d-1e3f5a7c9b11",
             "amount": 8650.00, "paid": 0, "reason": "UNPAID"}
            """,
            FeeRejected.class);

    assertThat(old.reason()).isEqualTo(FeeRejected.Reason.UNPAID);
    assertThat(old.mciYear()).isNull();
    assertThat(old.paidOn()).isNull();
  }
}
