package kz.cites.systemtests;

import static kz.cites.systemtests.Drafts.ABENOVA;
import static kz.cites.systemtests.Drafts.DALA_FAUNA_ATTORNEY;
import static kz.cites.systemtests.Drafts.DALA_FAUNA_HEAD;
import static kz.cites.systemtests.Drafts.SERIKBAYEV_IP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * What a client that knows only the OpenAPI and the simulator can do: file import, export and
 * re-export applications for an individual, an entrepreneur and a company, each of which the
 * registries then clear for an officer's review; and for each way of getting it wrong, a problem
 * detail that names the rule (its {@code type}) and the field, with nothing registered.
 */
class IntakeMatrixIT {

  private final Http http = new Http();
  private final Portal portal = new Portal(SystemUnderTest.get(), http);

  static Stream<Arguments> everyPermitTypeForEveryKindOfApplicant() {
    List<Arguments> cases = new ArrayList<>();
    Map<String, Function<Drafts.Applicant, Map<String, Object>>> permitTypes =
        Map.of(
            "EXPORT", Drafts::export,
            "IMPORT", Drafts::importForTrade,
            "RE_EXPORT", Drafts::reExport);
    Map<String, Drafts.Applicant> applicants =
        Map.of(
            "an individual", ABENOVA,
            "an individual entrepreneur", SERIKBAYEV_IP,
            "a company signed by its head", DALA_FAUNA_HEAD);
    permitTypes.forEach(
        (type, body) ->
            applicants.forEach(
                (who, applicant) ->
                    cases.add(
                        Arguments.argumentSet(
                            type + " by " + who, applicant, body.apply(applicant), type))));
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("everyPermitTypeForEveryKindOfApplicant")
  void aValidApplicationIsRegisteredAndClearedForReview(
      Drafts.Applicant applicant, Map<String, Object> draftBody, String permitType) {
    String token = portal.signIn(applicant.iin(), applicant.bin(), "APPLICANT");

    String applicationId = portal.fileComplete(applicant, draftBody, token);

    JsonNode application = portal.awaitStatus(applicationId, "IN_REVIEW", token).body();
    assertThat(application.at("/content/permitType").asString()).isEqualTo(permitType);
    assertThat(application.get("registrationNumber").asString()).isNotBlank();
    assertThat(application.get("dueDate").asString()).isNotBlank();
    // the appendix comes from the checklist, never from the applicant
    assertThat(application.at("/content/specimens/0/appendix").asString()).isEqualTo("II");
    assertThat(application.path("requirements"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("satisfied").asBoolean()).as(r.toString()).isTrue());
  }

  @Test
  void aCompanyMayApplyThroughTheHolderOfItsPowerOfAttorney() {
    String token = portal.signIn(DALA_FAUNA_ATTORNEY.iin(), DALA_FAUNA_ATTORNEY.bin(), "APPLICANT");

    String applicationId =
        portal.fileComplete(DALA_FAUNA_ATTORNEY, Drafts.export(DALA_FAUNA_ATTORNEY), token);

    portal.awaitStatus(applicationId, "IN_REVIEW", token);
  }

  @Test
  void aHuntingTrophyTakenUnderAValidHuntingPermitIsClearedForReview() {
    Drafts.Applicant hunter =
        new Drafts.Applicant(
            "721002305887",
            null,
            Map.of(
                "type", "INDIVIDUAL",
                "iin", "721002305887",
                "name", "Baimukhanov Serik Tokhtarovich",
                "address", "Almaty, Dostyk 88",
                "phone", "+77017002288",
                "email", "baimukhanov@example.kz"));
    Map<String, Object> trophy =
        Drafts.specimen("Ovis ammon", "TRO", 1, "W", "KZ", "horns and skin, tag KZ-H-2026-017");
    trophy.put("huntingPermitNumber", "HP-2026-000417");
    trophy.put("takenOn", "2026-09-14");
    trophy.put("animalCount", 1);
    Map<String, Object> body =
        Drafts.draft(
            "EXPORT",
            hunter,
            "H",
            Drafts.party("Hunting Trophies GmbH", "Jagdweg 7, Munich", "DE"),
            trophy);
    String token = portal.signIn(hunter.iin(), null, "APPLICANT");

    String applicationId = portal.fileComplete(hunter, body, token);

    JsonNode application = portal.awaitStatus(applicationId, "IN_REVIEW", token).body();
    // the permit's data came from the hunting registry: no copy of it was asked for
    assertThat(application.path("documents").findValuesAsString("type"))
        .doesNotContain("HUNTING_PERMIT");
    assertThat(application.path("requirements").findValuesAsString("item"))
        .contains("HUNTING_PERMIT_NUMBER", "TAKEN_ON", "ANIMAL_COUNT");
  }

  /**
   * One broken rule of a draft and the answer it must get.
   *
   * @param path the member changed, {@code null} value removes it
   * @param field the field the problem names (top-level {@code field} or one of {@code errors})
   * @param rule for validation problems, the rule reported for that field
   */
  record Invalid(
      String description,
      Drafts.Applicant applicant,
      Function<Drafts.Applicant, Map<String, Object>> base,
      String path,
      Object value,
      int status,
      String type,
      String field,
      String rule) {
    @Override
    public String toString() {
      return description;
    }

    /** A rule between fields is reported against the field that must change, not the one set. */
    Invalid naming(String otherField) {
      return new Invalid(description, applicant, base, path, value, status, type, otherField, rule);
    }
  }

  static List<Invalid> invalidDrafts() {
    String yesterday = LocalDate.now().minusDays(2).toString();
    String tomorrow = LocalDate.now().plusDays(2).toString();
    return List.of(
        invalid("an IIN with a wrong check digit", ABENOVA, "applicant.iin", "811201401189")
            .validation("Iin"),
        invalid("a company without its BIN", DALA_FAUNA_HEAD, "applicant.bin", null)
            .validation("BinOfLegalEntity"),
        invalid("a BIN with a wrong check digit", DALA_FAUNA_HEAD, "applicant.bin", "940140000386")
            .validation("Bin"),
        invalid("an unknown applicant type", ABENOVA, "applicant.type", "FARMER")
            .validation("CitesCode"),
        invalid("an unknown permit type", ABENOVA, "permitType", "TRANSIT").validation("CitesCode"),
        invalid("a purpose outside the CITES list", ABENOVA, "purposeCode", "X")
            .validation("CitesCode"),
        invalid("a country that is no ISO code", ABENOVA, "counterparty.countryCode", "XX")
            .validation("CitesCode"),
        invalid("a term outside the CITES list", ABENOVA, "specimens[0].termCode", "PET")
            .validation("CitesCode"),
        invalid("a unit outside the CITES list", ABENOVA, "specimens[0].unitCode", "lbs")
            .validation("CitesCode"),
        invalid("a quantity of zero", ABENOVA, "specimens[0].quantity", 0).validation("Positive"),
        invalid("an absurd quantity", ABENOVA, "specimens[0].quantity", 5_000_000)
            .validation("DecimalMax"),
        invalid("source U without a justification", ABENOVA, "specimens[0].sourceCode", "U")
            .validation("SpecimenRules")
            .naming("specimens[0].sourceJustification"),
        invalid("pre-Convention source O alone", ABENOVA, "specimens[0].sourceCode", "O")
            .validation("SpecimenRules")
            .naming("specimens[0].originalSourceCode"),
        invalid("no specimen line at all", ABENOVA, "specimens", List.of()).validation("NotEmpty"),
        invalid("no consent to personal data access", ABENOVA, "personalDataConsent", null)
            .validation("NotNull"),
        invalid("a planned transport date in the past", ABENOVA, "transport.plannedDate", yesterday)
            .validation("FutureOrPresent"),
        invalid("a specimen taken in the future", ABENOVA, "specimens[0].takenOn", tomorrow)
            .validation("PastOrPresent"),
        invalid("no animal at all", ABENOVA, "specimens[0].animalCount", 0).validation("Positive"),
        invalid("a part of an animal", ABENOVA, "specimens[0].animalCount", 1.5)
            .validation("Digits"),
        invalid("more animals than specimens", ABENOVA, "specimens[0].animalCount", 3)
            .validation("SpecimenRules"),
        invalid(
                "a name that is no CITES-listed animal",
                ABENOVA,
                "specimens[0].scientificName",
                "Falco imaginarius")
            .problem(422, "unknown-species", "specimens[0].scientificName"),
        new Invalid(
            "an Appendix I parrot imported for trade (CITES Art. III)",
            ABENOVA,
            applicant ->
                Drafts.with(
                    Drafts.importForTrade(applicant),
                    "specimens[0].scientificName",
                    "Psittacus erithacus"),
            "purposeCode",
            "T",
            422,
            "appendix-i-commercial-import",
            "purposeCode",
            null),
        invalid(
                "somebody else's IIN as the applicant",
                SERIKBAYEV_IP,
                "applicant.iin",
                "811201401188")
            .problem(403, "applicant-mismatch", "applicant.iin"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDrafts")
  void anInvalidDraftGetsAProblemNamingTheRuleAndTheFieldAndNothingIsStored(Invalid invalid) {
    String token = portal.signIn(invalid.applicant().iin(), invalid.applicant().bin(), "APPLICANT");
    int before = ownApplications(token);
    Map<String, Object> body =
        Drafts.with(invalid.base().apply(invalid.applicant()), invalid.path(), invalid.value());

    Http.Response answer = http.post(portal.api("/api/v1/applications"), token, body);

    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(invalid.status());
    assertThat(answer.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.body().get("type").asString())
        .isEqualTo("https://cites.kz/problems/" + invalid.type());
    assertThat(answer.body().path("detail").asString()).isNotBlank();
    if (invalid.rule() != null) {
      assertThat(answer.body().path("errors"))
          .as(answer.body().toString())
          .anySatisfy(
              error -> {
                assertThat(error.get("field").asString()).isEqualTo(invalid.field());
                assertThat(error.get("rule").asString()).isEqualTo(invalid.rule());
                assertThat(error.get("message").asString()).isNotBlank();
              });
    } else {
      assertThat(answer.body().path("field").asString())
          .as(answer.body().toString())
          .isEqualTo(invalid.field());
    }
    if ("unknown-species".equals(invalid.type())) {
      assertThat(answer.body().at("/species/0/suggestions").size())
          .as("closest listed names")
          .isPositive();
    }
    assertThat(ownApplications(token)).as("nothing stored").isEqualTo(before);
  }

  /**
   * The same invalid draft through the gateway in Kazakh, Russian and English: one problem type,
   * one rule and field, three languages of title and message; Content-Language says which.
   */
  @Test
  void theSameInvalidDraftIsAnsweredInTheLanguageAsked() {
    String token = portal.signIn(ABENOVA.iin(), null, "APPLICANT");
    Map<String, Object> body = Drafts.with(Drafts.export(ABENOVA), "specimens[0].sourceCode", "A");
    Map<String, List<String>> expected =
        Map.of(
            "kk",
            List.of("Сұраудың деректері қате", "SOURCE тізбесіндегі код емес"),
            "ru",
            List.of("Неверные данные запроса", "не является кодом из перечня SOURCE"),
            "en",
            List.of("Invalid request", "is not a known code of the list SOURCE"));

    for (var language : expected.entrySet()) {
      Http.Response answer =
          http.post(portal.api("/api/v1/applications"), token, body, language.getKey());

      assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
      assertThat(answer.raw().headers().firstValue("Content-Language")).contains(language.getKey());
      assertThat(answer.body().get("type").asString())
          .isEqualTo("https://cites.kz/problems/validation");
      assertThat(answer.body().get("title").asString()).isEqualTo(language.getValue().get(0));
      JsonNode error = answer.body().path("errors").path(0);
      assertThat(error.path("field").asString()).isEqualTo("specimens[0].sourceCode");
      assertThat(error.path("rule").asString()).isEqualTo("CitesCode");
      assertThat(error.path("message").asString()).isEqualTo(language.getValue().get(1));
    }
  }

  @Test
  void aSubmissionOfAnIncompletePackageListsEveryMissingItemAtOnce() {
    String token = portal.signIn(SERIKBAYEV_IP.iin(), null, "APPLICANT");
    // a re-export without the origin permit data, and no document attached
    Map<String, Object> body =
        Drafts.with(Drafts.reExport(SERIKBAYEV_IP), "specimens[0].originPermit", null);
    Http.Response draft = http.post(portal.api("/api/v1/applications"), token, body);
    assertThat(draft.status()).as(draft.body().toString()).isEqualTo(201);
    String applicationId = draft.body().get("id").asString();

    Http.Response submission = portal.submitSigned(applicationId, SERIKBAYEV_IP.iin(), null, token);

    assertThat(submission.status()).as(submission.body().toString()).isEqualTo(422);
    assertThat(submission.body().get("type").asString())
        .isEqualTo("https://cites.kz/problems/incomplete-application");
    assertThat(submission.body().path("missing").findValuesAsString("item"))
        .containsExactlyInAnyOrder("CONTRACT", "SCIENTIFIC_OPINION", "ORIGIN_PERMIT");
    assertThat(submission.body().path("missing").findValuesAsString("field"))
        .contains("specimens[0].originPermit");
    assertThat(statusOf(applicationId, token)).isEqualTo("DRAFT");
  }

  @Test
  void aPackageSignedWithAnotherPersonsCertificateIsRefusedWithTheReason() {
    String token = portal.signIn(ABENOVA.iin(), null, "APPLICANT");
    Http.Response draft =
        http.post(portal.api("/api/v1/applications"), token, Drafts.export(ABENOVA));
    String applicationId = draft.body().get("id").asString();
    portal.attachWhatIsMissing(applicationId, token);

    // the entrepreneur's certificate signs the individual's payload
    Http.Response submission = portal.submitSigned(applicationId, SERIKBAYEV_IP.iin(), null, token);

    assertThat(submission.status()).as(submission.body().toString()).isEqualTo(422);
    assertThat(submission.body().get("type").asString())
        .isEqualTo("https://cites.kz/problems/invalid-signature");
    assertThat(submission.body().get("reason").asString()).isNotBlank();
    assertThat(statusOf(applicationId, token)).isEqualTo("DRAFT");
  }

  private String statusOf(String applicationId, String token) {
    return http.get(portal.api("/api/v1/applications/" + applicationId), token)
        .body()
        .get("status")
        .asString();
  }

  private int ownApplications(String token) {
    Http.Response page = http.get(portal.api("/api/v1/applications?size=1"), token);
    assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
    return page.body().path("totalElements").asInt();
  }

  /** A variant of the export draft with one member changed; complete it with its answer. */
  private static Variant invalid(
      String description, Drafts.Applicant applicant, String path, Object value) {
    return new Variant(description, applicant, path, value);
  }

  private record Variant(
      String description, Drafts.Applicant applicant, String path, Object value) {

    /** A 400 validation problem listing the changed field with {@code rule}. */
    Invalid validation(String rule) {
      return new Invalid(
          description, applicant, Drafts::export, path, value, 400, "validation", path, rule);
    }

    Invalid problem(int status, String type, String field) {
      return new Invalid(
          description, applicant, Drafts::export, path, value, status, type, field, null);
    }
  }
}
