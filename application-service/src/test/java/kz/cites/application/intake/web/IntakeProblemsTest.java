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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.cites.application.WebSliceTest;
import kz.cites.application.intake.ApplicationDocuments;
import kz.cites.application.intake.ApplicationIntake;
import kz.cites.application.intake.Hearings;
import kz.cites.application.intake.domain.Caller;
import kz.cites.application.intake.domain.IntakeRuleViolation;
import kz.cites.application.intake.domain.IntakeRuleViolation.FieldRule;
import kz.cites.application.intake.domain.IntakeRuleViolation.Rule;
import kz.cites.application.intake.domain.SignatureRefused;
import kz.cites.application.intake.domain.SignatureVerifier;
import kz.cites.application.species.domain.UnknownSpecies;
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
  @MockitoBean Hearings hearings;

  /**
   * The status and problem type of each rule; a new rule fails to compile here until it has one.
   */
  private record Expected(int status, String type) {}

  private static Expected expected(Rule rule) {
    return switch (rule) {
      case NOT_FOUND -> new Expected(404, "not-found");
      case NOT_A_DRAFT -> new Expected(409, "application-not-draft");
      case ALREADY_SUBMITTED -> new Expected(409, "application-already-submitted");
      case APPLICANT_MISMATCH -> new Expected(403, "applicant-mismatch");
      case CALENDAR_UNAVAILABLE -> new Expected(503, "calendar-unavailable");
      case INVALID_CONTENT -> new Expected(400, "validation");
      case APPENDIX_I_COMMERCIAL_IMPORT -> new Expected(422, "appendix-i-commercial-import");
      case RE_EXPORT_REQUIRED -> new Expected(422, "re-export-required");
      case INCOMPLETE -> new Expected(422, "incomplete-application");
      case UNSUPPORTED_DOCUMENT -> new Expected(415, "unsupported-document-format");
      case EMPTY_DOCUMENT -> new Expected(400, "empty-document");
      case INVALID_SIGNATURE -> new Expected(422, "invalid-signature");
      case CERTIFICATE_EXPIRED -> new Expected(422, "certificate-expired");
      case CERTIFICATE_NOT_YET_VALID -> new Expected(422, "certificate-not-yet-valid");
      case CERTIFICATE_REVOKED -> new Expected(422, "certificate-revoked");
      case REVOCATION_STATUS_UNAVAILABLE -> new Expected(503, "revocation-status-unavailable");
      case ALREADY_DECIDED -> new Expected(409, "application-decided");
      case WITHDRAWN -> new Expected(409, "application-withdrawn");
      case NO_OPEN_HEARING -> new Expected(409, "no-open-hearing");
      case HEARING_ALREADY_ANSWERED -> new Expected(409, "hearing-already-answered");
      case HEARING_DEADLINE_PASSED -> new Expected(409, "hearing-deadline-passed");
      case UNKNOWN_DOCUMENT -> new Expected(422, "unknown-document");
    };
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void eachRuleIsAProblemOfItsOwnTypeNamingTheField(Rule rule) throws Exception {
    // one detail item: the invalid signature's reason, for instance, is always there
    refuse(rule, "some.field", "The rule " + rule + " is broken", "DETAIL")
        .andExpect(status().is(expected(rule).status()))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(PROBLEMS + expected(rule).type()))
        .andExpect(jsonPath("$.status").value(expected(rule).status()))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.field").value("some.field"));
  }

  @Test
  void aRuleAboutTheWholeRequestNamesNoField() throws Exception {
    refuse(Rule.NOT_FOUND, null, "Application " + ID + " not found")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Application " + ID + " not found"))
        .andExpect(jsonPath("$.field").doesNotExist());
  }

  @Test
  void brokenDateRulesAreListedLikeEveryOtherBrokenField() throws Exception {
    FieldRule planned =
        new FieldRule(
            "transport.plannedDate", "FutureOrPresent", "must be today or later (2026-03-20)");
    refuse(
            Rule.INVALID_CONTENT,
            planned.field(),
            "1 field(s) break the rules of the contract.",
            planned)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("transport.plannedDate"))
        .andExpect(jsonPath("$.errors[0].rule").value("FutureOrPresent"))
        .andExpect(jsonPath("$.errors[0].message").value("must be today or later (2026-03-20)"));
  }

  @Test
  void anIncompletePackageListsWhatIsMissing() throws Exception {
    refuse(
            Rule.INCOMPLETE,
            null,
            "The application lacks 2 required item(s): [CONTRACT, SCIENTIFIC_OPINION]",
            Map.of("item", "CONTRACT"),
            Map.of("item", "SCIENTIFIC_OPINION"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.missing[0].item").value("CONTRACT"))
        .andExpect(jsonPath("$.missing[1].item").value("SCIENTIFIC_OPINION"));
  }

  @Test
  void aCommercialAppendixIImportNamesTheSpecimen() throws Exception {
    refuse(
            Rule.APPENDIX_I_COMMERCIAL_IMPORT,
            "purposeCode",
            "An Appendix I specimen cannot be imported for primarily commercial purposes",
            "specimens[0].scientificName")
        .andExpect(jsonPath("$.field").value("purposeCode"))
        .andExpect(jsonPath("$.specimens[0]").value("specimens[0].scientificName"));
  }

  @Test
  void anInvalidSignatureGivesItsReason() throws Exception {
    refuse(
            new SignatureRefused(
                SignatureVerifier.Reason.IIN_MISMATCH,
                "The certificate does not belong to the applicant's IIN"))
        .andExpect(jsonPath("$.field").value("signature"))
        .andExpect(jsonPath("$.reason").value("IIN_MISMATCH"));
  }

  @Test
  void aMissingCalendarAsksToRetryLater() throws Exception {
    refuse(
            Rule.CALENDAR_UNAVAILABLE,
            null,
            "The working-day calendar of 2028 is not published yet.")
        .andExpect(status().isServiceUnavailable())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "The term cannot be computed yet; please try again later. The working-day"
                        + " calendar of 2028 is not published yet."));
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
        .thenThrow(new IntakeRuleViolation(Rule.ALREADY_SUBMITTED, null, "Already submitted"));
    submission(longest)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "application-already-submitted"));
    verify(intake).submit(eq(ID), eq(new Caller(OWNER, null, false)), eq(null), eq(longest));
  }

  /** The owner asks for the signing payload; the use case breaks {@code rule}. */
  private ResultActions refuse(Rule rule, String field, String detail, Object... details)
      throws Exception {
    return refuse(new IntakeRuleViolation(rule, field, detail, List.of(details)));
  }

  /** The owner asks for the signing payload; the use case refuses with {@code refusal}. */
  private ResultActions refuse(RuntimeException refusal) throws Exception {
    when(intake.signingPayload(eq(ID), any(Caller.class))).thenThrow(refusal);
    return mvc.perform(
        get("/api/v1/applications/" + ID + "/signing-payload").with(applicant(OWNER)));
  }

  private ResultActions submission(String idempotencyKey) throws Exception {
    return mvc.perform(
        post("/api/v1/applications/" + ID + "/submission")
            .with(applicant(OWNER))
            .header("Idempotency-Key", idempotencyKey));
  }
}
