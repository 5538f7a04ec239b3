package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the registries say decides: for each simulator persona whose registry facts are a ground for
 * refusal, a complete, paid and signed application is notified of a preliminary refusal on that
 * ground of the order (status HEARING), never by our own outage. The portal's part is played as an
 * integrator would: it reads the application's requirements and attaches what is missing.
 */
class RefusalGroundsIT {

  private final Http http = new Http();
  private final Portal portal = new Portal(SystemUnderTest.get(), http);

  /**
   * @param bin the company the persona acts for, or null
   * @param expectedGround the ground of the order the registry fact supports
   */
  record Case(
      String description,
      String iin,
      String bin,
      Map<String, Object> applicant,
      Map<String, Object> specimen,
      String purposeCode,
      String expectedGround) {
    @Override
    public String toString() {
      return description;
    }
  }

  static List<Case> personas() {
    Map<String, Object> captiveFalcon =
        Map.of(
            "scientificName", "Falco cherrug",
            "termCode", "LIV",
            "quantity", 1,
            "sourceCode", "C",
            "countryOfOrigin", "KZ",
            "marks", "closed ring KZ-2025-0099");
    return List.of(
        new Case(
            "a person the individuals database knows as deceased -> ground 1",
            "470211300638",
            null,
            individual("470211300638", "Nurpeisov Bakhyt Amanovich"),
            captiveFalcon,
            "Z",
            "UNRELIABLE_DATA"),
        new Case(
            "a person under a court ban on the activity -> ground 3",
            "790405303376",
            null,
            individual("790405303376", "Kassymov Timur Yerbolovich"),
            captiveFalcon,
            "Z",
            "COURT_BAN"),
        new Case(
            "a person deprived of the special right (hunting) by a court -> ground 4",
            "830817304710",
            null,
            individual("830817304710", "Iskakov Daniyar Muratovich"),
            captiveFalcon,
            "Z",
            "COURT_DEPRIVATION"),
        new Case(
            "a liquidated company -> ground 2",
            "751130301955",
            "050640003212",
            Map.of(
                "type", "LEGAL_ENTITY",
                "iin", "751130301955",
                "bin", "050640003212",
                "name", "Steppe Trophy LLP",
                "address", "Karaganda, Bukhar Zhyrau 40",
                "phone", "+77212000000",
                "email", "office@steppe-trophy.kz"),
            captiveFalcon,
            "Z",
            "NON_COMPLIANCE"),
        new Case(
            "a wolf trophy taken after its hunting permit's season ended -> ground 2",
            "880125306299",
            null,
            individual("880125306299", "Akhmetov Nurlan Sabitovich"),
            Map.of(
                "scientificName", "Canis lupus",
                "termCode", "TRO",
                "quantity", 1,
                "sourceCode", "W",
                "countryOfOrigin", "KZ",
                "huntingPermitNumber", "HP-2024-000981",
                // the permit was valid 2024-09-01..2025-01-31
                "takenOn", "2025-03-10",
                "animalCount", 1,
                "marks", "череп и шкура, бирка KZ-W-0043"),
            "H",
            "NON_COMPLIANCE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("personas")
  void theRegistryFactIsTheGroundOfThePreliminaryRefusal(Case refusal) {
    String token = portal.signIn(refusal.iin(), refusal.bin(), "APPLICANT");
    Map<String, Object> body = new HashMap<>();
    body.put("permitType", "EXPORT");
    body.put("applicant", refusal.applicant());
    body.put("purposeCode", refusal.purposeCode());
    body.put(
        "counterparty",
        Map.of(
            "name", "Tierpark Berlin", "address", "Am Tierpark 125, Berlin", "countryCode", "DE"));
    body.put("specimens", List.of(refusal.specimen()));
    body.put(
        "transport",
        Map.of(
            "borderCrossing",
            "Astana airport",
            "plannedDate",
            LocalDate.now().plusMonths(1).toString()));
    body.put("personalDataConsent", true);

    Http.Response draft = http.post(portal.api("/api/v1/applications"), token, body);
    assertThat(draft.status()).as(draft.body().toString()).isEqualTo(201);
    String applicationId = draft.body().get("id").asString();
    portal.attachWhatIsMissing(applicationId, token);
    portal.payTheDuty(applicationId, refusal.iin(), refusal.bin(), token);
    Http.Response submission =
        portal.submitSigned(applicationId, refusal.iin(), refusal.bin(), token);
    assertThat(submission.status()).as(submission.body().toString()).isEqualTo(202);

    // the ground opens the hearing of a preliminary refusal first (APC art. 73; HearingIT follows
    // a hearing to its end)
    Http.Response notified = portal.awaitStatus(applicationId, "HEARING", token);
    assertThat(notified.body().path("hearing").path("grounds").toString())
        .contains(refusal.expectedGround());
  }

  private static Map<String, Object> individual(String iin, String name) {
    return Map.of(
        "type", "INDIVIDUAL",
        "iin", iin,
        "name", name,
        "address", "Astana, Kabanbay Batyr 11",
        "phone", "+77010000000",
        "email", "applicant@example.kz");
  }
}
