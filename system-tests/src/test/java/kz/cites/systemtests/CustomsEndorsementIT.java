package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After the permit (issue 19, box 14): at the border a customs officer endorses the quantity
 * shipped, once; the permit is then USED, the applicant is told in the cabinet, and anyone else
 * cannot endorse or read the endorsement.
 */
class CustomsEndorsementIT {

  static final String OFFICER_IIN = "860606407353";
  static final String CUSTOMS_IIN = "800229309571";

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void customsEndorsesAnIssuedPermitOnceAndTheApplicantIsTold() {
    Drafts.Applicant applicant = Drafts.ABENOVA;
    String token = portal.signIn(applicant.iin(), null, "APPLICANT");
    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    String customs = portal.signIn(CUSTOMS_IIN, null, "CUSTOMS");
    String permit = portal.issuedPermit(applicant, Drafts.export(applicant), token, officer);
    String endorsements = "/api/v1/permits/" + permit + "/endorsements";
    Map<String, Object> endorsement =
        Map.of(
            "lines",
            List.of(Map.of("line", 1, "quantity", 1)),
            "borderCrossing",
            "Нұр Жол (Хоргос)",
            "endorsedOn",
            LocalDate.now(ZoneId.of("Asia/Almaty")).toString(),
            "declarationNumber",
            "50101/" + System.nanoTime() % 1_000_000);

    // the holder cannot endorse her own permit
    assertThat(http.post(portal.api(endorsements), token, endorsement).status()).isEqualTo(403);

    Http.Response endorsed = http.post(portal.api(endorsements), customs, endorsement);
    assertThat(endorsed.status()).as(endorsed.body().toString()).isEqualTo(201);
    assertThat(endorsed.body().path("permitStatus").asString()).isEqualTo("USED");
    assertThat(endorsed.body().path("document").asString()).contains(".");

    Http.Response again = http.post(portal.api(endorsements), customs, endorsement);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().path("type").asString())
        .isEqualTo("https://cites.kz/problems/permit-already-endorsed");

    assertThat(
            http.get(portal.api("/api/v1/permits/" + permit), token)
                .body()
                .path("status")
                .asString())
        .isEqualTo("USED");
    String stranger = portal.signIn(Drafts.SEITKALI.iin(), null, "APPLICANT");
    assertThat(http.get(portal.api(endorsements), stranger).status()).isEqualTo(404);

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                http.get(portal.api("/api/v1/cabinet/notifications?size=100"), token)
                    .body()
                    .toString(),
            cabinet -> cabinet.contains("PERMIT_ENDORSED") && cabinet.contains(permit));
  }
}
