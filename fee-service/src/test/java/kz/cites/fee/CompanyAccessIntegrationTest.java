package kz.cites.fee;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.ApplicationSnapshot.Applicant;
import kz.cites.events.ApplicationSnapshot.ApplicantType;
import kz.cites.events.ApplicationSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * One rule for company access (platform/access {@code Party}): a company's duty is seen by its head
 * and attorneys signed in for it (the token's BIN), whoever of them filed; signed in alone, the
 * same people see only their own duties.
 */
class CompanyAccessIntegrationTest extends FeeIntegrationTestSupport {

  static final String DALA_FAUNA = "940140000385";
  static final String HEAD = "680514304126";
  static final String ATTORNEY = "900322405274";

  @Test
  void aCompanysDutyIsForThoseSignedInForTheCompany() throws Exception {
    UUID app = UUID.randomUUID();
    record(forCompany(submitted(app, HEAD, IN_2026)));
    awaitFeeEvents(app, "FeeAssessed");

    for (JwtRequestPostProcessor actingForTheCompany :
        List.of(applicant(HEAD, DALA_FAUNA), applicant(ATTORNEY, DALA_FAUNA))) {
      mvc.perform(get("/api/v1/fees/{id}", app).with(actingForTheCompany))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.payerId").value(DALA_FAUNA));
    }
    // the head who filed it, signed in alone, and the attorney alone: not the company
    for (String alone : List.of(HEAD, ATTORNEY)) {
      mvc.perform(get("/api/v1/fees/{id}", app).with(applicant(alone, null)))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"));
    }
    mvc.perform(get("/api/v1/fees/{id}", app).with(applicant(HEAD, "990140004654")))
        .andExpect(status().isNotFound());
  }

  @Test
  void aPersonsOwnDutyIsNotTheCompanys() throws Exception {
    UUID app = UUID.randomUUID();
    record(submitted(app, HEAD, IN_2026));
    awaitFeeEvents(app, "FeeAssessed");

    mvc.perform(get("/api/v1/fees/{id}", app).with(applicant(HEAD, null)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.payerId").value(HEAD));
    for (JwtRequestPostProcessor actingForTheCompany :
        List.of(applicant(HEAD, DALA_FAUNA), applicant(ATTORNEY, DALA_FAUNA))) {
      mvc.perform(get("/api/v1/fees/{id}", app).with(actingForTheCompany))
          .andExpect(status().isNotFound());
    }
  }

  /** The same submission, filed by its person for Dala Fauna Trade LLP. */
  private static ApplicationSubmitted forCompany(ApplicationSubmitted person) {
    Applicant filer = person.application().applicant();
    var company =
        new Applicant(
            ApplicantType.LEGAL_ENTITY,
            filer.iin(),
            DALA_FAUNA,
            "Dala Fauna Trade LLP",
            filer.address(),
            filer.phone(),
            filer.email());
    ApplicationSnapshot application = person.application();
    return new ApplicationSubmitted(
        person.eventId(),
        person.occurredAt(),
        person.applicationId(),
        person.registrationNumber(),
        person.submittedAt(),
        person.registrationDate(),
        person.dueAt(),
        new ApplicationSnapshot(
            application.permitType(),
            company,
            application.purposeCode(),
            application.counterparty(),
            application.specimens(),
            application.transport(),
            application.personalDataConsent()));
  }

  private static JwtRequestPostProcessor applicant(String iin, String bin) {
    return jwt()
        .jwt(
            j -> {
              j.subject(iin).claim("iin", iin).claim("roles", List.of("APPLICANT"));
              if (bin != null) {
                j.claim("bin", bin);
              }
            })
        .authorities(new SimpleGrantedAuthority("ROLE_APPLICANT"));
  }
}
