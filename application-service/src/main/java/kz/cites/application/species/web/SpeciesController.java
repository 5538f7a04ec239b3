package kz.cites.application.species.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import kz.cites.application.species.domain.Listing;
import kz.cites.application.species.domain.SpeciesImport;
import kz.cites.application.species.domain.SpeciesLookup;
import kz.cites.web.ProblemException;
import kz.cites.web.Problems;
import org.springframework.http.HttpStatus;
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

  private static final int MAX_LIMIT = 50;

  private final SpeciesLookup lookup;
  private final SpeciesImport imports;

  SpeciesController(SpeciesLookup lookup, SpeciesImport imports) {
    this.lookup = lookup;
    this.imports = imports;
  }

  /** A taxon with its listings (several when the listing is split by population). */
  record SpeciesView(
      String scientificName,
      String taxonClass,
      Listing.CommonNames commonNames,
      List<String> synonyms,
      List<ListingView> listings) {}

  record ListingView(String appendix, Set<String> populationCountries, String populationNote) {}

  record ImportView(int listings, int taxa, int skipped) {}

  @GetMapping
  @Operation(
      summary = "Search the checklist by accepted name, synonym or common name",
      description =
          "Case- and accent-insensitive substring search (English, Russian, Kazakh common names);"
              + " exact and prefix matches first. Any signed-in role.")
  List<SpeciesView> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
    if (q.isBlank() || q.strip().length() < 2) {
      throw bad("q", "must have at least 2 characters");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw bad("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return lookup.search(q, limit).stream().map(SpeciesController::view).toList();
  }

  @PostMapping(
      path = "/import",
      consumes = {"application/x-ndjson", "application/json", "text/plain"})
  @Operation(
      summary = "Replace the checklist by a Species+ bulk NDJSON download (operator)",
      description =
          "One taxon concept per line (fields: see README). Replaces the whole checklist in one"
              + " transaction; a malformed line or a file without listed animals changes nothing"
              + " (400 species-import-invalid).")
  ImportView importSpeciesPlus(HttpServletRequest request) throws IOException {
    try {
      var imported = imports.importSpeciesPlus(request.getInputStream());
      return new ImportView(imported.listings(), imported.taxa(), imported.skipped());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
              HttpStatus.BAD_REQUEST,
              Problems.type("species-import-invalid"),
              "Species+ file not accepted",
              e.getMessage())
          .with("field", "body");
    }
  }

  private static SpeciesView view(SpeciesLookup.Taxon taxon) {
    Listing first = taxon.listings().getFirst();
    return new SpeciesView(
        taxon.acceptedName(),
        first.taxonClass(),
        first.commonNames(),
        first.synonyms(),
        taxon.listings().stream()
            .map(
                l ->
                    new ListingView(
                        l.appendix().name(), l.populationCountries(), l.populationNote()))
            .toList());
  }

  private static ProblemException bad(String field, String rule) {
    return new ProblemException(
            HttpStatus.BAD_REQUEST,
            Problems.type("invalid-parameter"),
            "Invalid parameter",
            field + " " + rule)
        .with("field", field);
  }
}
