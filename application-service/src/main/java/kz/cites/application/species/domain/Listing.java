package kz.cites.application.species.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One CITES listing of an animal taxon: the accepted name and the appendix that applies, for the
 * whole taxon or (split listing) for the populations of the named countries only.
 *
 * @param populationCountries ISO 3166 codes of the listed population; empty for "all populations
 *     not listed otherwise"; for an Appendix III listing, the listing Party
 * @param source where the listing is stated (the Appendices, a CoP decision, a Species+ taxon
 *     concept); {@code null} only for rows stored before listings carried their source
 * @param listedSince the day the listing (appendix and annotation) took effect; {@code null} where
 *     the source does not establish it
 */
public record Listing(
    String scientificName,
    Appendix appendix,
    Set<String> populationCountries,
    String populationNote,
    String taxonClass,
    CommonNames commonNames,
    List<String> synonyms,
    String source,
    LocalDate listedSince) {

  public Listing {
    populationCountries = populationCountries == null ? Set.of() : Set.copyOf(populationCountries);
    synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    commonNames = commonNames == null ? new CommonNames(null, null, null) : commonNames;
  }

  /** Common names by language; each may hold several names separated by "; ". */
  @Schema(
      name = "ListingCommonNames",
      description = "Common names in English, Russian and Kazakh (each may be absent)")
  public record CommonNames(
      @Schema(description = "English common name(s)", example = "Saker falcon") String en,
      @Schema(description = "Russian common name(s)", example = "Балобан") String ru,
      @Schema(description = "Kazakh common name(s)", example = "Ителгі") String kk) {}

  public boolean coversPopulationOf(String country) {
    return populationCountries.contains(country);
  }
}
