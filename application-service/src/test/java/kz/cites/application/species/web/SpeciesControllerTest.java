package kz.cites.application.species.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.operator;
import static kz.cites.application.species.web.SpeciesRequests.NOT_LISTED;
import static kz.cites.application.species.web.SpeciesRequests.search;
import static kz.cites.application.species.web.SpeciesRequests.speciesPlusImport;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.cites.application.WebSliceTest;
import kz.cites.application.species.SpeciesImport;
import kz.cites.application.species.SpeciesLookup;
import kz.cites.application.species.domain.Appendix;
import kz.cites.application.species.domain.Listing;
import kz.cites.application.species.domain.NotSpeciesPlus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The species look-up's web layer alone: its parameter rules, the view of a taxon, who may import,
 * and the problems it answers, with the checklist mocked. The service's own route rules ({@code
 * SecurityRules}) and platform/web's problem handler and security are in the slice; no database, no
 * broker.
 */
@WebSliceTest(SpeciesController.class)
class SpeciesControllerTest {

  private static final String APPLICANT = "811201401188";

  @Autowired MockMvc mvc;
  @MockitoBean SpeciesLookup lookup;
  @MockitoBean SpeciesImport imports;

  @ParameterizedTest(name = "q=[{0}]")
  @ValueSource(strings = {"a", " a ", "   ", ""})
  void aQueryHasAtLeastTwoCharacters(String q) throws Exception {
    mvc.perform(search(q).with(applicant(APPLICANT)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/invalid-parameter"))
        .andExpect(jsonPath("$.title").value("Неверный параметр"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.field").value("q"))
        .andExpect(jsonPath("$.detail").value("Параметр q должен содержать не менее 2 символов."));
    verifyNoInteractions(lookup);
  }

  @Test
  void aQueryIsRequired() throws Exception {
    mvc.perform(get("/api/v1/species").with(applicant(APPLICANT)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(jsonPath("$.errors[0].field").value("q"))
        .andExpect(jsonPath("$.errors[0].rule").value("NotNull"));
    verifyNoInteractions(lookup);
  }

  @ParameterizedTest(name = "size={0}")
  @ValueSource(strings = {"0", "-1", "51"})
  void thePageSizeIsOneToFifty(String size) throws Exception {
    mvc.perform(
            search("saker")
                .param("size", size)
                .header("Accept-Language", "en")
                .with(applicant(APPLICANT)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/invalid-parameter"))
        .andExpect(jsonPath("$.title").value("Invalid parameter"))
        .andExpect(jsonPath("$.field").value("size"))
        .andExpect(jsonPath("$.detail").value("size must be between 1 and 50"));
    verifyNoInteractions(lookup);
  }

  @Test
  void aPageThatIsNoNumberIsAProblemNamingIt() throws Exception {
    mvc.perform(search("saker").param("page", "ten").with(applicant(APPLICANT)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("page"));
    verifyNoInteractions(lookup);
  }

  @Test
  void aTaxonIsShownWithEachOfItsListings() throws Exception {
    when(lookup.search("vicugna", Integer.MAX_VALUE)).thenReturn(List.of(vicugna()));

    mvc.perform(search("vicugna").with(applicant(APPLICANT)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].scientificName").value("Vicugna vicugna"))
        .andExpect(jsonPath("$.items[0].taxonClass").value("Mammalia"))
        .andExpect(jsonPath("$.items[0].commonNames.kk").value("Викунья"))
        .andExpect(jsonPath("$.items[0].commonName").value("Викунья"))
        .andExpect(jsonPath("$.items[0].commonNameLanguage").value("ru"))
        .andExpect(jsonPath("$.items[0].synonyms[0]").value("Lama vicugna"))
        .andExpect(jsonPath("$.items[0].listings.length()").value(2))
        .andExpect(jsonPath("$.items[0].listings[0].appendix").value("I"))
        .andExpect(jsonPath("$.items[0].listings[1].appendix").value("II"))
        .andExpect(jsonPath("$.items[0].listings[1].populationCountries[0]").value("AR"));
    verify(lookup).search("vicugna", Integer.MAX_VALUE);
  }

  @Test
  void theLookUpIsForThoseSignedIn() throws Exception {
    mvc.perform(search("saker"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/unauthenticated"));
    verifyNoInteractions(lookup);
  }

  @Test
  void onlyOperatorsImport() throws Exception {
    mvc.perform(speciesPlusImport("{}\n").with(applicant(APPLICANT)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/forbidden"));
    verifyNoInteractions(imports);
  }

  @Test
  void aFileTheImportRefusesIsAProblemNamingTheBody() throws Exception {
    when(imports.importSpeciesPlus(any())).thenThrow(NotSpeciesPlus.atLine(1));

    mvc.perform(speciesPlusImport(NOT_LISTED).header("Accept-Language", "en").with(operator()))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/species-import-invalid"))
        .andExpect(jsonPath("$.title").value("Species+ file not accepted"))
        .andExpect(jsonPath("$.field").value("body"))
        .andExpect(
            jsonPath("$.detail").value("Line 1 is not a JSON object; the checklist is unchanged"));
  }

  @Test
  void anImportAnswersWhatItStored() throws Exception {
    when(imports.importSpeciesPlus(any())).thenReturn(new SpeciesImport.Imported(4, 3, 1));

    mvc.perform(speciesPlusImport("{}\n").with(operator()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.listings").value(4))
        .andExpect(jsonPath("$.taxa").value(3))
        .andExpect(jsonPath("$.skipped").value(1));
  }

  @ParameterizedTest(name = "Accept-Language {0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "kk    | kk | Ителгі       | kk | Тибетский архар | ru",
        "kk-KZ | kk | Ителгі       | kk | Тибетский архар | ru",
        "ru    | ru | Балобан      | ru | Тибетский архар | ru",
        "en    | en | Saker falcon | en | Tibetan argali  | en",
        "NONE  | ru | Балобан      | ru | Тибетский архар | ru",
        "fr    | ru | Балобан      | ru | Тибетский архар | ru"
      })
  void theCommonNameIsInTheCallersLanguageAndRussianWhereTheChecklistHasNoKazakhOne(
      String acceptLanguage,
      String contentLanguage,
      String saker,
      String sakerLanguage,
      String argali,
      String argaliLanguage)
      throws Exception {
    when(lookup.search("falco", Integer.MAX_VALUE))
        .thenReturn(
            List.of(
                taxon(
                    "Falco cherrug", new Listing.CommonNames("Saker falcon", "Балобан", "Ителгі")),
                taxon(
                    "Ovis ammon hodgsonii",
                    new Listing.CommonNames("Tibetan argali", "Тибетский архар", null))));
    var request = search("falco").with(applicant(APPLICANT));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }

    mvc.perform(request)
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Language", contentLanguage))
        .andExpect(jsonPath("$.items[0].commonName").value(saker))
        .andExpect(jsonPath("$.items[0].commonNameLanguage").value(sakerLanguage))
        .andExpect(jsonPath("$.items[0].commonNames.en").value("Saker falcon"))
        .andExpect(jsonPath("$.items[1].commonName").value(argali))
        .andExpect(jsonPath("$.items[1].commonNameLanguage").value(argaliLanguage));
  }

  private static SpeciesLookup.Taxon taxon(String name, Listing.CommonNames names) {
    return new SpeciesLookup.Taxon(
        name,
        List.of(
            new Listing(name, Appendix.II, Set.of(), null, "Aves", names, List.of(), "APP", null)));
  }

  /** The vicuña: Appendix I, but II for the populations of Argentina (a split listing). */
  private static SpeciesLookup.Taxon vicugna() {
    Listing.CommonNames names = new Listing.CommonNames("Vicuna", "Викунья", "Викунья");
    List<String> synonyms = List.of("Lama vicugna");
    return new SpeciesLookup.Taxon(
        "Vicugna vicugna",
        List.of(
            new Listing(
                "Vicugna vicugna",
                Appendix.I,
                Set.of(),
                "All populations not in Appendix II",
                "Mammalia",
                names,
                synonyms,
                "CITES Appendices valid from 2025",
                LocalDate.of(1975, 7, 1)),
            new Listing(
                "Vicugna vicugna",
                Appendix.II,
                Set.of("AR"),
                "Populations of Argentina",
                "Mammalia",
                names,
                synonyms,
                "CITES Appendices valid from 2025",
                null)));
  }
}
