package kz.cites.application.species.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kz.cites.application.species.SpeciesImport;
import kz.cites.application.species.SpeciesLookup;
import kz.cites.application.species.domain.ChecklistEdition;
import kz.cites.application.species.domain.Listing;
import kz.cites.application.species.domain.NotSpeciesPlus;
import kz.cites.application.web.ApiProblem;
import kz.cites.application.web.ProblemResponses;
import kz.cites.web.Language;
import kz.cites.web.PageView;
import kz.cites.web.Paged;
import kz.cites.web.Paging;
import kz.cites.web.ProblemException;
import kz.cites.web.Texts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The species checklist: look-up for everyone signed in, refresh for the authority's operators. */
@RestController
@RequestMapping("/api/v1/species")
@Tag(name = "Species", description = "CITES checklist of animal species")
class SpeciesController {

  private static final int MAX_PAGE_SIZE = 50;

  /** The version of the checklist that answered (also in each taxon's {@code checklist}). */
  static final String VERSION_HEADER = "Checklist-Version";

  /** The date of the checklist that answered, yyyy-mm-dd. */
  static final String DATE_HEADER = "Checklist-Date";

  private final SpeciesLookup lookup;
  private final SpeciesImport imports;
  private final Texts texts;

  SpeciesController(SpeciesLookup lookup, SpeciesImport imports, Texts texts) {
    this.lookup = lookup;
    this.imports = imports;
    this.texts = texts;
  }

  /** A taxon with its listings (several when the listing is split by population). */
  @Schema(description = "A CITES-listed animal taxon of the checklist")
  record SpeciesView(
      @Schema(
              description = "The accepted scientific name (what a specimen line becomes)",
              example = "Falco cherrug",
              requiredMode = RequiredMode.REQUIRED)
          String scientificName,
      @Schema(description = "Its class", example = "Aves") String taxonClass,
      @Schema(description = "Common names", requiredMode = RequiredMode.REQUIRED)
          Listing.CommonNames commonNames,
      @Schema(
              description =
                  "The common name in the caller's language (Accept-Language: kk, ru or en;"
                      + " Russian by default); where the checklist has none in that language, the"
                      + " Russian one, else the English, else the Kazakh (commonNameLanguage says"
                      + " which); absent when it has none at all",
              example = "Ителгі")
          String commonName,
      @Schema(
              description = "The language of commonName",
              example = "kk",
              allowableValues = {"kk", "ru", "en"})
          String commonNameLanguage,
      @ArraySchema(
              arraySchema =
                  @Schema(
                      description = "Synonyms, accepted in specimen lines too",
                      example = "[\"Agrionemys horsfieldii\"]",
                      requiredMode = RequiredMode.REQUIRED),
              schema = @Schema(description = "A synonym", example = "Agrionemys horsfieldii"))
          List<String> synonyms,
      @ArraySchema(
              arraySchema =
                  @Schema(
                      description =
                          "Its listings: one, or several when populations are listed apart",
                      requiredMode = RequiredMode.REQUIRED))
          List<ListingView> listings,
      @Schema(
              description =
                  "The checklist that answered (the same for every taxon of an answer; also in"
                      + " the Checklist-Version and Checklist-Date headers)",
              requiredMode = RequiredMode.REQUIRED)
          ChecklistView checklist) {}

  @Schema(description = "An edition of the checklist: which listings the service applies")
  record ChecklistView(
      @Schema(
              description =
                  "Its version: 'fixture <n>' for the fixture shipped with the service,"
                      + " 'species+ <import instant>' after a Species+ import",
              example = "fixture 2026.2",
              requiredMode = RequiredMode.REQUIRED)
          String version,
      @Schema(
              description =
                  "Its date: the day the fixture was last checked against its sources, or the day"
                      + " of the Species+ import (Kazakhstan time)",
              example = "2026-12-06",
              requiredMode = RequiredMode.REQUIRED)
          LocalDate date,
      @Schema(
              description = "Where it came from",
              example = "FIXTURE",
              allowableValues = {"FIXTURE", "SPECIES_PLUS"},
              requiredMode = RequiredMode.REQUIRED)
          String origin) {}

  @Schema(description = "One CITES listing of the taxon")
  record ListingView(
      @Schema(
              description = "The CITES appendix",
              example = "II",
              allowableValues = {"I", "II", "III"},
              requiredMode = RequiredMode.REQUIRED)
          String appendix,
      @ArraySchema(
              arraySchema =
                  @Schema(
                      description =
                          "ISO 3166-1 alpha-2 countries whose populations this listing covers;"
                              + " empty: all populations not listed otherwise",
                      example = "[\"BT\", \"IN\", \"NP\", \"PK\"]",
                      requiredMode = RequiredMode.REQUIRED),
              schema = @Schema(description = "A country", example = "IN"))
          Set<String> populationCountries,
      @Schema(
              description = "The listing's note on populations",
              example = "All populations not in Appendix I")
          String populationNote,
      @Schema(
              description =
                  "Where the listing is stated: the CITES Appendices or the decision of the"
                      + " Conference of the Parties that made it (fixture), or the Species+ taxon"
                      + " concept (after an import); absent only for listings stored before"
                      + " sources were kept",
              example =
                  "Appendix I since 1975 (raptorpersecutionuk.org, 2025-12-04). Transfers to"
                      + " Appendix II were proposed and rejected at CoP17 (2016) and at CoP20"
                      + " (2025).")
          String source,
      @Schema(
              description =
                  "The day the listing (appendix and annotation) took effect; absent where the"
                      + " source does not establish it",
              example = "1975-07-01")
          LocalDate listedSince) {}

  @Schema(description = "What a Species+ import replaced the checklist with")
  record ImportView(
      @Schema(
              description = "Listings stored (one per taxon and population listing)",
              example = "1893",
              requiredMode = RequiredMode.REQUIRED)
          int listings,
      @Schema(description = "Taxa stored", example = "1850", requiredMode = RequiredMode.REQUIRED)
          int taxa,
      @Schema(
              description = "Lines left out: not accepted names, not animals, not listed",
              example = "412",
              requiredMode = RequiredMode.REQUIRED)
          int skipped) {}

  @GetMapping
  @Operation(
      operationId = "searchSpecies",
      summary =
          "Search the checklist by accepted name, synonym or common name (APPLICANT,"
              + " OFFICER, OPERATOR)",
      description =
          "Case- and accent-insensitive substring search over accepted names, synonyms and"
              + " common names (English, Russian, Kazakh); exact and prefix matches first. Use it"
              + " to fill in scientificName: a name the checklist does not know is refused with"
              + " 422 unknown-species. Each listing names its source and the day it took effect;"
              + " the checklist's version and date come with every taxon and in the"
              + " Checklist-Version and Checklist-Date headers. commonName is the common name in"
              + " the language Accept-Language asks for (kk, ru, en; Russian by default).")
  @ApiResponse(
      responseCode = "200",
      description = "A page of the matching taxa, best first",
      headers = {
        @Header(
            name = VERSION_HEADER,
            description = "The version of the checklist that answered",
            schema = @Schema(type = "string", example = "fixture 2026.2")),
        @Header(
            name = DATE_HEADER,
            description = "The date of the checklist that answered",
            schema = @Schema(type = "string", format = "date", example = "2026-12-06"))
      })
  @ProblemResponses({ApiProblem.VALIDATION, ApiProblem.INVALID_PARAMETER})
  @Paged(maxSize = MAX_PAGE_SIZE)
  ResponseEntity<PageView<SpeciesView>> search(
      @Parameter(
              description = "At least 2 characters of any name",
              example = "saker",
              required = true)
          @RequestParam
          String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (q.isBlank() || q.strip().length() < 2) {
      throw bad("min-length", "q", 2);
    }
    Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, ApiProblem.BAD_PAGE);
    ChecklistView checklist = lookup.edition().map(SpeciesController::view).orElse(null);
    Language language = texts.answerLanguage();
    // every match is ranked in memory anyway (the checklist is an index in memory): cut the page
    PageView<SpeciesView> taxa =
        PageView.of(lookup.search(q, Integer.MAX_VALUE), paging)
            .map(t -> view(t, checklist, language));
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
    if (checklist != null) {
      answer.header(VERSION_HEADER, checklist.version());
      answer.header(DATE_HEADER, checklist.date().toString());
    }
    return answer.body(taxa);
  }

  @PostMapping(
      path = "/import",
      consumes = {"application/x-ndjson", "application/json", "text/plain"})
  @Operation(
      operationId = "importSpeciesChecklist",
      summary = "Replace the checklist by a Species+ bulk NDJSON download (OPERATOR)",
      description =
          "One taxon concept per line. Read: id, full_name, name_status (only A), rank (SPECIES,"
              + " SUBSPECIES), higher_taxa.kingdom (only Animalia) and .class, cites_listings[]"
              + " {appendix, annotation, effective_at, party.iso_code2 for Appendix III}, else"
              + " cites_listing, synonyms[].full_name, common_names[] {name, language EN/RU/KK}."
              + " Replaces the whole checklist in one transaction; a malformed line or a file"
              + " without listed animals changes nothing (400 species-import-invalid). Each"
              + " listing's source becomes its Species+ taxon concept and its date effective_at;"
              + " the new checklist's version is 'species+ <import instant>', its date the day of"
              + " the import.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              description = "Species+ bulk NDJSON, one taxon concept per line",
              content =
                  @Content(
                      mediaType = "application/x-ndjson",
                      schema = @Schema(type = "string", description = "NDJSON lines"),
                      examples =
                          @ExampleObject(
                              name = "two-taxa",
                              summary = "Two lines of a Species+ download",
                              value =
                                  "{\"full_name\":\"Falco cherrug\",\"name_status\":\"A\","
                                      + "\"rank\":\"SPECIES\",\"higher_taxa\":{\"kingdom\":"
                                      + "\"Animalia\",\"class\":\"Aves\"},\"cites_listing\":"
                                      + "\"II\",\"common_names\":[{\"name\":\"Saker falcon\","
                                      + "\"language\":\"EN\"}]}\n"
                                      + "{\"full_name\":\"Saiga tatarica\",\"name_status\":\"A\","
                                      + "\"rank\":\"SPECIES\",\"higher_taxa\":{\"kingdom\":"
                                      + "\"Animalia\",\"class\":\"Mammalia\"},"
                                      + "\"cites_listing\":\"II\"}\n"))))
  @ApiResponse(responseCode = "200", description = "The checklist was replaced")
  @ProblemResponses({ApiProblem.SPECIES_IMPORT_INVALID, ApiProblem.CONFLICT})
  ImportView importSpeciesPlus(@Parameter(hidden = true) HttpServletRequest request)
      throws IOException {
    try {
      var imported = imports.importSpeciesPlus(request.getInputStream());
      return new ImportView(imported.listings(), imported.taxa(), imported.skipped());
    } catch (NotSpeciesPlus e) {
      ProblemException problem =
          e.line() == null
              ? ApiProblem.SPECIES_IMPORT_INVALID.detail("no-listed-animal")
              : ApiProblem.SPECIES_IMPORT_INVALID.detail("line", e.line());
      throw problem.with("field", "body");
    }
  }

  private static SpeciesView view(
      SpeciesLookup.Taxon taxon, ChecklistView checklist, Language language) {
    Listing first = taxon.listings().getFirst();
    Optional<Map.Entry<Language, String>> commonName = commonName(first.commonNames(), language);
    return new SpeciesView(
        taxon.acceptedName(),
        first.taxonClass(),
        first.commonNames(),
        commonName.map(Map.Entry::getValue).orElse(null),
        commonName.map(e -> e.getKey().tag()).orElse(null),
        first.synonyms(),
        taxon.listings().stream()
            .map(
                l ->
                    new ListingView(
                        l.appendix().name(),
                        l.populationCountries(),
                        l.populationNote(),
                        l.source(),
                        l.listedSince()))
            .toList(),
        checklist);
  }

  /**
   * The common name in {@code language}, else in Russian (the default language: the checklist's
   * Kazakh names are not complete), else in English, else in Kazakh.
   */
  static Optional<Map.Entry<Language, String>> commonName(
      Listing.CommonNames names, Language language) {
    Map<Language, String> byLanguage = new EnumMap<>(Language.class);
    if (names.kk() != null) {
      byLanguage.put(Language.KK, names.kk());
    }
    if (names.ru() != null) {
      byLanguage.put(Language.RU, names.ru());
    }
    if (names.en() != null) {
      byLanguage.put(Language.EN, names.en());
    }
    return Stream.of(language, Language.RU, Language.EN, Language.KK)
        .filter(byLanguage::containsKey)
        .findFirst()
        .map(l -> Map.entry(l, byLanguage.get(l)));
  }

  private static ChecklistView view(ChecklistEdition edition) {
    return new ChecklistView(edition.version(), edition.date(), edition.origin().name());
  }

  /**
   * {@code detail}: the detail's name, {@code problem.invalid-parameter.detail.*}; {0} the field.
   */
  private static ProblemException bad(String detail, String field, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = field;
    System.arraycopy(more, 0, args, 1, more.length);
    return ApiProblem.INVALID_PARAMETER.detail(detail, args).with("field", field);
  }
}
