package kz.cites.application.species.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Species+ bulk download: one taxon concept (the shape of the Species+ API's {@code
 * taxon_concepts}) per line. Fields read, everything else ignored:
 *
 * <ul>
 *   <li>{@code full_name}; {@code name_status} (only {@code "A"}, accepted, is kept); {@code rank}
 *       (only {@code SPECIES} and {@code SUBSPECIES}); {@code higher_taxa.kingdom} (only {@code
 *       Animalia} when present) and {@code higher_taxa.class};
 *   <li>{@code id} (the taxon concept: each listing's source names it, with its Species+ page);
 *   <li>{@code cites_listings[]}: {@code appendix} ({@code I}, {@code II}, {@code III}), {@code
 *       annotation} (kept as the population note), {@code effective_at} (the day the listing took
 *       effect), {@code party.iso_code2} (the listing state of an Appendix III listing, kept as its
 *       population); when absent, {@code cites_listing} (e.g. {@code "I/II"}, {@code "NC"} = not
 *       listed; no date then);
 *   <li>{@code synonyms[].full_name}; {@code common_names[]}: {@code name} and {@code language}
 *       ({@code EN}, {@code RU}, {@code KK}; others ignored).
 * </ul>
 *
 * Species+ states split listings in words (the annotation), not as country lists, so an imported
 * species with two appendices and no country data resolves to the more restrictive one.
 */
public final class SpeciesPlusNdjson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> RANKS = Set.of("SPECIES", "SUBSPECIES");

  private SpeciesPlusNdjson() {}

  /** What a file gave: the listings, and how many taxon lines were skipped (not animal, ...). */
  public record Result(List<Listing> listings, int taxa, int skipped) {}

  /**
   * @throws IllegalArgumentException naming the line of the first malformed JSON line
   */
  public static Result parse(BufferedReader reader) {
    Map<String, Listing> listings = new LinkedHashMap<>();
    int taxa = 0;
    int skipped = 0;
    try {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode taxon;
        try {
          taxon = JSON.readTree(line);
        } catch (JacksonException e) {
          throw NotSpeciesPlus.atLine(number);
        }
        List<Listing> own = listingsOf(taxon);
        if (own.isEmpty()) {
          skipped++;
          continue;
        }
        taxa++;
        for (Listing l : own) {
          listings.putIfAbsent(
              l.scientificName() + "|" + l.appendix() + "|" + l.populationCountries(), l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(List.copyOf(listings.values()), taxa, skipped);
  }

  private static List<Listing> listingsOf(JsonNode taxon) {
    String name = text(taxon, "full_name");
    String kingdom = text(taxon.path("higher_taxa"), "kingdom");
    if (name == null
        || !"A".equals(text(taxon, "name_status"))
        || !RANKS.contains(text(taxon, "rank"))
        || (kingdom != null && !"Animalia".equals(kingdom))) {
      return List.of();
    }
    String taxonClass = text(taxon.path("higher_taxa"), "class");
    String source = source(taxon.path("id"));
    List<String> synonyms = new ArrayList<>();
    taxon.path("synonyms").forEach(s -> add(synonyms, text(s, "full_name")));
    Map<String, Set<String>> common = new LinkedHashMap<>();
    taxon
        .path("common_names")
        .forEach(
            c -> {
              String language = text(c, "language");
              String commonName = text(c, "name");
              if (language != null && commonName != null) {
                common
                    .computeIfAbsent(language.toUpperCase(), k -> new LinkedHashSet<>())
                    .add(commonName);
              }
            });
    Listing.CommonNames names =
        new Listing.CommonNames(joined(common, "EN"), joined(common, "RU"), joined(common, "KK"));
    List<Listing> result = new ArrayList<>();
    JsonNode listings = taxon.path("cites_listings");
    if (listings.isArray() && !listings.isEmpty()) {
      for (JsonNode l : listings) {
        String appendix = text(l, "appendix");
        if (!isAppendix(appendix)) {
          continue;
        }
        String party = text(l.path("party"), "iso_code2");
        Set<String> countries = "III".equals(appendix) && party != null ? Set.of(party) : Set.of();
        result.add(
            new Listing(
                name,
                Appendix.of(appendix),
                countries,
                text(l, "annotation"),
                taxonClass,
                names,
                synonyms,
                source,
                date(text(l, "effective_at"))));
      }
    } else {
      String summary = text(taxon, "cites_listing");
      if (summary != null) {
        for (String appendix : summary.split("/")) {
          if (isAppendix(appendix.trim())) {
            result.add(
                new Listing(
                    name,
                    Appendix.of(appendix),
                    Set.of(),
                    null,
                    taxonClass,
                    names,
                    synonyms,
                    source,
                    null));
          }
        }
      }
    }
    return result;
  }

  /** "Species+ taxon concept 8783 (https://speciesplus.net/species#/taxon_concepts/8783/legal)". */
  private static String source(JsonNode id) {
    if (!id.isIntegralNumber() && !(id.isString() && id.asString().matches("\\d+"))) {
      return "Species+";
    }
    String concept = id.isIntegralNumber() ? String.valueOf(id.asLong()) : id.asString();
    return "Species+ taxon concept "
        + concept
        + " (https://speciesplus.net/species#/taxon_concepts/"
        + concept
        + "/legal)";
  }

  /** The date of {@code effective_at} ("2017-01-02", or a timestamp starting with it), if any. */
  private static LocalDate date(String effectiveAt) {
    if (effectiveAt == null || effectiveAt.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(effectiveAt.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean isAppendix(String s) {
    return "I".equals(s) || "II".equals(s) || "III".equals(s);
  }

  private static void add(List<String> list, String value) {
    if (value != null && !list.contains(value)) {
      list.add(value);
    }
  }

  private static String joined(Map<String, Set<String>> common, String language) {
    Set<String> names = common.get(language);
    return names == null ? null : names.stream().collect(Collectors.joining("; "));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() && !value.asString().isBlank() ? value.asString().trim() : null;
  }
}
