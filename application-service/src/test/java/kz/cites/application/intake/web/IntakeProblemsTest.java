package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import kz.cites.application.WebSliceTest;
import kz.cites.application.intake.ApplicationDocuments;
import kz.cites.application.intake.ApplicationDossiers;
import kz.cites.application.intake.ApplicationIntake;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.Caller;
import kz.cites.application.intake.domain.DocumentType;
import kz.cites.application.intake.domain.IntakeRuleViolation;
import kz.cites.application.intake.domain.IntakeRuleViolation.FieldRule;
import kz.cites.application.intake.domain.IntakeRuleViolation.Rule;
import kz.cites.application.intake.domain.RequiredDocuments.Requirement;
import kz.cites.application.intake.domain.SignatureRefused;
import kz.cites.application.intake.domain.SignatureVerifier;
import kz.cites.application.species.domain.UnknownSpecies;
import kz.cites.web.IdempotencyKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Each intake rule as the client sees it: its status, its problem type and the members that come
 * with it. The web layer alone, the use cases mocked to break the rule; which request breaks which
 * rule is for the API tests of each rule family.
 */
@WebSliceTest(ApplicationController.class)
class IntakeProblemsTest {

  private static final String PROBLEMS = "https://cites.kz/problems/";
  private static final String OWNER = Drafts.ABENOVA.iin();
  private static final UUID ID = UUID.fromString("0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31");

  @Autowired MockMvc mvc;
  @MockitoBean ApplicationIntake intake;
  @MockitoBean ApplicationDocuments documents;
  @MockitoBean ApplicationDossiers dossiers;

  /** No database in the slice: every request runs as if it carried no Idempotency-Key. */
  @MockitoBean IdempotencyKeys idempotency;

  @BeforeEach
  void keysPassThrough() {
    when(idempotency.execute(any(), any()))
        .thenAnswer(call -> call.<Supplier<?>>getArgument(1).get());
  }

  private static final FieldRule PLANNED_DATE =
      new FieldRule(
          "transport.plannedDate",
          "FutureOrPresent",
          "field.plannedDate.future",
          LocalDate.of(2026, 3, 20));

  private static final Requirement CONTRACT =
      new Requirement("CONTRACT", Set.of(DocumentType.CONTRACT), null, "(English)", false);

  /**
   * The status and problem type of each rule, and a detail (its name in the bundles, and arguments)
   * and a detail item the use case gives with it; a new rule fails to compile here until it has
   * them.
   */
  private record Expected(int status, String type, Object item, String detail, Object... args) {}

  private static Expected expected(Rule rule) {
    return switch (rule) {
      case NOT_FOUND -> new Expected(404, "not-found", "-", "application", ID);
      case NOT_A_DRAFT ->
          new Expected(409, "application-not-draft", "-", "status", ID, ApplicationStatus.ISSUED);
      case VERSION_CHANGED -> new Expected(412, "precondition-failed", "-", "version", "\"4\"");
      case ALREADY_SUBMITTED ->
          new Expected(409, "application-already-submitted", "-", "number", ID, "CITES-1");
      case APPLICANT_MISMATCH -> new Expected(403, "applicant-mismatch", "-", "iin");
      case CALENDAR_UNAVAILABLE -> new Expected(503, "calendar-unavailable", "-", "year", 2028);
      case INVALID_CONTENT -> new Expected(400, "validation", PLANNED_DATE, "fields", 1);
      case APPENDIX_I_COMMERCIAL_IMPORT ->
          new Expected(422, "appendix-i-commercial-import", "s", "line", "Falco", "specimens[0]");
      case RE_EXPORT_REQUIRED ->
          new Expected(422, "re-export-required", "s", "foreign", "specimens[0].countryOfOrigin");
      case INCOMPLETE ->
          new Expected(422, "incomplete-application", CONTRACT, "items", 1, List.of("CONTRACT"));
      case UNSUPPORTED_DOCUMENT -> new Expected(415, "unsupported-document-format", "-", "format");
      case EMPTY_DOCUMENT -> new Expected(400, "empty-document", "-", "empty");
      case INVALID_SIGNATURE -> new Expected(422, "invalid-signature", "IIN_MISMATCH", "iin");
      case CERTIFICATE_EXPIRED ->
          new Expected(422, "certificate-expired", "-", "expired", "2026-03-19", "2026-03-20");
      case CERTIFICATE_NOT_YET_VALID ->
          new Expected(
              422, "certificate-not-yet-valid", "-", "not-yet-valid", "2026-03-21", "2026-03-20");
      case CERTIFICATE_REVOKED ->
          new Expected(422, "certificate-revoked", "-", "revoked", "2026-03-18");
      case REVOCATION_STATUS_UNAVAILABLE ->
          new Expected(503, "revocation-status-unavailable", "-", "unknown");
      case ALREADY_DECIDED ->
          new Expected(409, "application-decided", "-", "status", ID, ApplicationStatus.REFUSED);
      case WITHDRAWN -> new Expected(409, "application-withdrawn", "-", "by-applicant", ID);
      case NO_OPEN_HEARING -> new Expected(409, "no-open-hearing", "-", "none", ID);
      case HEARING_ALREADY_ANSWERED ->
          new Expected(
              409, "hearing-already-answered", "-", "at", Instant.parse("2026-03-26T06:10:00Z"));
      case HEARING_DEADLINE_PASSED ->
          new Expected(
              409, "hearing-deadline-passed", "-", "was", Instant.parse("2026-03-27T13:00:00Z"));
      case UNKNOWN_DOCUMENT -> new Expected(422, "unknown-document", "-", "not-own", ID);
    };
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void eachRuleIsAProblemOfItsOwnTypeNamingTheField(Rule rule) throws Exception {
    Expected expected = expected(rule);
    refuse(
            new IntakeRuleViolation(
                rule, "some.field", List.of(expected.item()), expected.detail(), expected.args()))
        .andExpect(status().is(expected(rule).status()))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(PROBLEMS + expected(rule).type()))
        .andExpect(jsonPath("$.status").value(expected(rule).status()))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.detail").isNotEmpty())
        .andExpect(jsonPath("$.field").value("some.field"));
  }

  @Test
  void aRuleAboutTheWholeRequestNamesNoField() throws Exception {
    refuse(Rule.NOT_FOUND, null, "application", ID)
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Language", "ru"))
        .andExpect(jsonPath("$.title").value("Не найдено"))
        .andExpect(jsonPath("$.detail").value("Заявка " + ID + " не найдена."))
        .andExpect(jsonPath("$.field").doesNotExist());
  }

  @Test
  void aStatusIsNamedInTheCallersLanguage() throws Exception {
    when(intake.signingPayload(eq(ID), any(Caller.class)))
        .thenThrow(
            new IntakeRuleViolation(
                Rule.NOT_A_DRAFT, null, "status", ID, ApplicationStatus.IN_REVIEW));

    signingPayload("kk")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Өтініш енді жоба емес"))
        .andExpect(
            jsonPath("$.detail")
                .value(ID + " өтінішінің мәртебесі: «қаралуда»; тек жобаны өзгертуге болады."));
    signingPayload("en")
        .andExpect(jsonPath("$.title").value("Not a draft"))
        .andExpect(
            jsonPath("$.detail")
                .value("Application " + ID + " is in review; only a draft can be changed"));
  }

  @Test
  void aDeadlineIsNamedInKazakhstanTime() throws Exception {
    when(intake.signingPayload(eq(ID), any(Caller.class)))
        .thenThrow(
            new IntakeRuleViolation(
                    Rule.HEARING_DEADLINE_PASSED,
                    null,
                    "was",
                    Instant.parse("2026-03-27T13:00:00Z"))
                .with("answerBy", Instant.parse("2026-03-27T13:00:00Z")));

    signingPayload("ru")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.title").value("Срок заслушивания истёк"))
        .andExpect(
            jsonPath("$.detail")
                .value("Срок для изложения позиции истёк 27.03.2026 18:00 (время Казахстана)."))
        .andExpect(jsonPath("$.answerBy").value("2026-03-27T13:00:00Z"));
    signingPayload("en")
        .andExpect(
            jsonPath("$.detail")
                .value("The deadline to state a position was 2026-03-27 18:00 (Kazakhstan time)"));
  }

  @Test
  void brokenDateRulesAreListedLikeEveryOtherBrokenField() throws Exception {
    when(intake.signingPayload(eq(ID), any(Caller.class)))
        .thenThrow(
            new IntakeRuleViolation(
                Rule.INVALID_CONTENT, PLANNED_DATE.field(), List.of(PLANNED_DATE), "fields", 1));

    signingPayload("kk")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("transport.plannedDate"))
        .andExpect(jsonPath("$.errors[0].rule").value("FutureOrPresent"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("бүгінгі күннен (20.03.2026) ерте болмауы керек"));
    signingPayload("en")
        .andExpect(jsonPath("$.errors[0].message").value("must be today or later (2026-03-20)"));
  }

  @Test
  void anIncompletePackageListsWhatIsMissingWithTheReasonInTheCallersLanguage() throws Exception {
    Requirement opinion =
        new Requirement(
            "SCIENTIFIC_OPINION", Set.of(DocumentType.SCIENTIFIC_OPINION), null, "-", false);
    when(intake.signingPayload(eq(ID), any(Caller.class)))
        .thenThrow(
            new IntakeRuleViolation(
                Rule.INCOMPLETE,
                null,
                List.of(CONTRACT, opinion),
                "items",
                2,
                List.of("CONTRACT", "SCIENTIFIC_OPINION")));

    signingPayload("ru")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "В заявке не хватает обязательных документов или сведений (2): CONTRACT,"
                        + " SCIENTIFIC_OPINION."))
        .andExpect(jsonPath("$.missing[0].item").value("CONTRACT"))
        .andExpect(jsonPath("$.missing[1].item").value("SCIENTIFIC_OPINION"))
        .andExpect(jsonPath("$.missing[1].reason").value("Копия заключения научной организации"));
    signingPayload("kk")
        .andExpect(jsonPath("$.missing[1].reason").value("Ғылыми ұйым қорытындысының көшірмесі"));
    signingPayload("en")
        .andExpect(
            jsonPath("$.missing[1].reason")
                .value("Copy of the opinion of a scientific organisation"));
  }

  @Test
  void aCommercialAppendixIImportNamesTheSpecimen() throws Exception {
    when(intake.signingPayload(eq(ID), any(Caller.class)))
        .thenThrow(
            new IntakeRuleViolation(
                Rule.APPENDIX_I_COMMERCIAL_IMPORT,
                "purposeCode",
                List.of("specimens[0].scientificName"),
                "line",
                "Psittacus erithacus",
                "specimens[0]"));

    signingPayload(null)
        .andExpect(jsonPath("$.field").value("purposeCode"))
        .andExpect(jsonPath("$.specimens[0]").value("specimens[0].scientificName"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Экземпляр вида из Приложения I (Psittacus erithacus, specimens[0]) нельзя"
                        + " ввозить в преимущественно коммерческих целях (T); статья III СИТЕС."));
  }

  @Test
  void anInvalidSignatureGivesItsReason() throws Exception {
    refuse(new SignatureRefused(SignatureVerifier.Reason.IIN_MISMATCH, "iin"))
        .andExpect(jsonPath("$.field").value("signature"))
        .andExpect(jsonPath("$.reason").value("IIN_MISMATCH"))
        .andExpect(jsonPath("$.detail").value("Сертификат не принадлежит заявителю (другой ИИН)."));
  }

  @Test
  void aMissingCalendarAsksToRetryLater() throws Exception {
    when(intake.signingPayload(eq(ID), any(Caller.class)))
        .thenThrow(new IntakeRuleViolation(Rule.CALENDAR_UNAVAILABLE, null, "year", 2028));

    signingPayload("en")
        .andExpect(status().isServiceUnavailable())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "The term cannot be computed yet; please try again later. The working-day"
                        + " calendar of 2028 is not published yet."));
    signingPayload("kk")
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Қарау мерзімін әзірге есептеу мүмкін емес; әрекетті кейінірек қайталауыңызды"
                        + " сұраймыз. 2028 жылғы өндірістік күнтізбе әлі жарияланған жоқ."));
  }

  @Test
  void unknownSpeciesAreListedWithTheClosestNames() throws Exception {
    refuse(
            new UnknownSpecies(
                List.of(
                    new UnknownSpecies.Name(
                        "specimens[1].scientificName",
                        "Falco cheruq",
                        List.of("Falco cherrug", "Falco rusticolus")))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "unknown-species"))
        .andExpect(jsonPath("$.field").value("specimens[1].scientificName"))
        .andExpect(jsonPath("$.species[0].name").value("Falco cheruq"))
        .andExpect(jsonPath("$.species[0].suggestions[0]").value("Falco cherrug"));
  }

  @Test
  void anIdempotencyKeyIsOneToTwoHundredVisibleAsciiCharacters() throws Exception {
    for (String key : List.of("has space", "ключ", "k".repeat(201))) {
      submission(key)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
          .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    }
    verifyNoInteractions(intake);

    String longest = "k".repeat(200);
    when(intake.submit(eq(ID), any(Caller.class), eq(null), eq(longest)))
        .thenThrow(new IntakeRuleViolation(Rule.ALREADY_SUBMITTED, null, "number", ID, "CITES-1"));
    submission(longest)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "application-already-submitted"));
    verify(intake).submit(eq(ID), eq(new Caller(OWNER, null, false)), eq(null), eq(longest));
  }

  /** The owner asks for the signing payload; the use case breaks {@code rule}. */
  private ResultActions refuse(Rule rule, String field, String detail, Object... args)
      throws Exception {
    return refuse(new IntakeRuleViolation(rule, field, detail, args));
  }

  /** The owner asks for the signing payload; the use case refuses with {@code refusal}. */
  private ResultActions refuse(RuntimeException refusal) throws Exception {
    when(intake.signingPayload(eq(ID), any(Caller.class))).thenThrow(refusal);
    return mvc.perform(
        get("/api/v1/applications/" + ID + "/signing-payload").with(applicant(OWNER)));
  }

  /** The owner asks for the signing payload in {@code acceptLanguage} (none when null). */
  private ResultActions signingPayload(String acceptLanguage) throws Exception {
    var request = get("/api/v1/applications/" + ID + "/signing-payload").with(applicant(OWNER));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return mvc.perform(request);
  }

  private ResultActions submission(String idempotencyKey) throws Exception {
    return mvc.perform(
        post("/api/v1/applications/" + ID + "/submission")
            .with(applicant(OWNER))
            .header("Idempotency-Key", idempotencyKey));
  }
}
