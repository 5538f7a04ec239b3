package kz.cites.application.species;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kz.cites.application.species.domain.Appendix;
import kz.cites.application.species.domain.Checklist;
import kz.cites.application.species.domain.ChecklistEdition;
import kz.cites.application.species.domain.Listing;
import kz.cites.application.species.domain.Names;
import kz.cites.application.species.domain.SpeciesChecklist;
import org.springframework.stereotype.Service;

/**
 * Look-ups in the checklist: search by any name, and the listing that applies to a specimen. The
 * checklist (a few thousand rows at most) is held in memory and reloaded after an import and every
 * few minutes, so that every instance sees an import done through another one.
 */
@Service
public class SpeciesLookup {

  private static final Duration RELOAD_AFTER = Duration.ofMinutes(5);
  private static final int SUGGESTIONS = 5;

  private final SpeciesChecklist checklist;
  private final Clock clock;
  private volatile Index index;

  SpeciesLookup(SpeciesChecklist checklist, Clock clock) {
    this.checklist = checklist;
    this.clock = clock;
  }

  /**
   * The appendix of a specimen, decided by the checklist (never by the applicant), with the
   * listing's source and the day it took effect, and the species' common names (for the permit's
   * box 8).
   */
  public record Resolution(
      String acceptedName,
      Appendix appendix,
      String populationNote,
      String source,
      LocalDate listedSince,
      Listing.CommonNames commonNames) {}

  /** A taxon as found by a search: its accepted name and every listing (one per population). */
  public record Taxon(String acceptedName, List<Listing> listings) {}

  /**
   * Taxa whose accepted name, synonym or common name contains {@code query}, ignoring case and
   * accents; exact and prefix matches first.
   */
  public List<Taxon> search(String query, int limit) {
    String q = Names.normalise(query);
    Index current = current();
    return current.byAccepted.entrySet().stream()
        .map(e -> Map.entry(e, rank(current.namesOf.get(e.getKey()), q)))
        .filter(e -> e.getValue() < Integer.MAX_VALUE)
        .sorted(
            Comparator.<Map.Entry<Map.Entry<String, List<Listing>>, Integer>>comparingInt(
                    Map.Entry::getValue)
                .thenComparing(e -> e.getKey().getKey()))
        .limit(limit)
        .map(e -> new Taxon(e.getKey().getKey(), e.getKey().getValue()))
        .toList();
  }

  /**
   * The listing that applies to a specimen of {@code name} (accepted name or synonym) from {@code
   * countryOfOrigin}: the population listing naming that country, else the listing of the rest of
   * the species, else an Appendix III listing (which covers every population: its countries name
   * the listing Party, whose specimens need its export permit and all others a certificate of
   * origin); when the data cannot tell listings apart, the most restrictive appendix.
   */
  public Optional<Resolution> resolve(String name, String countryOfOrigin) {
    Index current = current();
    String accepted = current.acceptedByName.get(Names.normalise(name));
    if (accepted == null) {
      return Optional.empty();
    }
    List<Listing> listings = current.byAccepted.get(accepted);
    List<Listing> population =
        listings.stream().filter(l -> l.coversPopulationOf(countryOfOrigin)).toList();
    List<Listing> candidates = population;
    if (candidates.isEmpty()) {
      candidates = listings.stream().filter(l -> l.populationCountries().isEmpty()).toList();
    }
    if (candidates.isEmpty()) {
      candidates = listings.stream().filter(l -> l.appendix() == Appendix.III).toList();
    }
    return candidates.stream()
        .min(Comparator.comparing(Listing::appendix))
        .map(
            l ->
                new Resolution(
                    accepted,
                    l.appendix(),
                    l.populationNote(),
                    l.source(),
                    l.listedSince(),
                    l.commonNames()));
  }

  /** The edition of the checklist the look-ups answer from; empty when it was never filled. */
  public Optional<ChecklistEdition> edition() {
    return Optional.ofNullable(current().edition());
  }

  /** The accepted names closest to {@code name} (any name of the taxon counts). */
  public List<String> suggestions(String name) {
    String q = Names.normalise(name);
    Index current = current();
    return current.namesOf.entrySet().stream()
        .map(
            e ->
                Map.entry(
                    e.getKey(),
                    e.getValue().stream()
                        .mapToInt(n -> n.contains(q) ? 0 : Names.distance(q, n))
                        .min()
                        .orElse(Integer.MAX_VALUE)))
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
        .limit(SUGGESTIONS)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Forgets the loaded checklist, e.g. after an import. */
  public void reload() {
    index = null;
  }

  private static int rank(List<String> names, String q) {
    int best = Integer.MAX_VALUE;
    for (String n : names) {
      if (n.equals(q)) {
        return 0;
      } else if (n.startsWith(q)) {
        best = Math.min(best, 1);
      } else if (n.contains(q)) {
        best = Math.min(best, 2);
      }
    }
    return best;
  }

  private Index current() {
    Index current = index;
    Instant now = clock.instant();
    if (current == null || current.loadedAt.plus(RELOAD_AFTER).isBefore(now)) {
      current = Index.of(checklist.load(), now);
      index = current;
    }
    return current;
  }

  private record Index(
      Instant loadedAt,
      ChecklistEdition edition,
      Map<String, String> acceptedByName,
      Map<String, List<Listing>> byAccepted,
      Map<String, List<String>> namesOf) {

    static Index of(Checklist checklist, Instant now) {
      List<Listing> listings = checklist.listings();
      Map<String, String> acceptedByName = new HashMap<>();
      Map<String, List<Listing>> byAccepted = new LinkedHashMap<>();
      Map<String, List<String>> namesOf = new HashMap<>();
      for (Listing l : listings) {
        byAccepted.computeIfAbsent(l.scientificName(), k -> new ArrayList<>()).add(l);
        // accepted names win over synonyms that happen to be spelt the same
        acceptedByName.put(Names.normalise(l.scientificName()), l.scientificName());
      }
      for (Listing l : listings) {
        for (String synonym : l.synonyms()) {
          acceptedByName.putIfAbsent(Names.normalise(synonym), l.scientificName());
        }
        List<String> names = namesOf.computeIfAbsent(l.scientificName(), k -> new ArrayList<>());
        Stream.of(
                Stream.of(l.scientificName()),
                l.synonyms().stream(),
                commonNames(l.commonNames().en()),
                commonNames(l.commonNames().ru()),
                commonNames(l.commonNames().kk()))
            .flatMap(s -> s)
            .map(Names::normalise)
            .filter(n -> !n.isEmpty() && !names.contains(n))
            .forEach(names::add);
      }
      return new Index(now, checklist.edition(), acceptedByName, byAccepted, namesOf);
    }

    private static Stream<String> commonNames(String names) {
      return names == null ? Stream.empty() : Stream.of(names.split(";"));
    }
  }
}
