package kz.cites.application.species;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import kz.cites.application.species.domain.Checklist;
import kz.cites.application.species.domain.ChecklistEdition;
import kz.cites.application.species.domain.ChecklistFixture;
import kz.cites.application.species.domain.NotSpeciesPlus;
import kz.cites.application.species.domain.SpeciesChecklist;
import kz.cites.application.species.domain.SpeciesPlusNdjson;
import kz.cites.calendar.Kazakhstan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Fills and refreshes the checklist: the shipped fixture, or a Species+ bulk download. */
@Service
public class SpeciesImport {

  static final String FIXTURE = "species/checklist-fixture.psv";

  private final SpeciesChecklist checklist;
  private final SpeciesLookup lookup;
  private final Clock clock;

  SpeciesImport(SpeciesChecklist checklist, SpeciesLookup lookup, Clock clock) {
    this.checklist = checklist;
    this.lookup = lookup;
    this.clock = clock;
  }

  // after the commit, so that no look-up caches the old checklist in between
  private void reloadAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      lookup.reload();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            lookup.reload();
          }
        });
  }

  /** The outcome of an import. */
  public record Imported(int listings, int taxa, int skipped) {}

  /** What start-up did with the shipped fixture. */
  public enum FixtureLoad {
    /** The checklist was empty: the fixture filled it. */
    LOADED,
    /** The checklist held another edition of the fixture: the shipped one replaced it. */
    REFRESHED,
    /** The checklist holds the shipped edition, or a Species+ import: left alone. */
    KEPT
  }

  /**
   * Start-up: fills an empty checklist with the shipped fixture, and replaces an older edition of
   * the fixture by it, so that a correction of the fixture reaches every database that was filled
   * from it. A checklist imported from Species+ is the authority's and is never replaced here.
   */
  @Transactional
  public FixtureLoad loadFixture() {
    Checklist shipped = fixture();
    FixtureLoad outcome;
    if (checklist.isEmpty()) {
      outcome = FixtureLoad.LOADED;
    } else if (checklist
        .edition()
        .filter(e -> e.origin() == ChecklistEdition.Origin.FIXTURE)
        .filter(e -> !e.version().equals(shipped.edition().version()))
        .isPresent()) {
      outcome = FixtureLoad.REFRESHED;
    } else {
      return FixtureLoad.KEPT;
    }
    checklist.replaceAll(shipped);
    reloadAfterCommit();
    return outcome;
  }

  /** Loads the shipped fixture when the checklist is empty (first start). */
  @Transactional
  public boolean loadFixtureIfEmpty() {
    if (!checklist.isEmpty()) {
      return false;
    }
    checklist.replaceAll(fixture());
    reloadAfterCommit();
    return true;
  }

  /** The fixture shipped with the service. */
  static Checklist fixture() {
    InputStream in = SpeciesImport.class.getClassLoader().getResourceAsStream(FIXTURE);
    if (in == null) {
      throw new IllegalStateException(FIXTURE + " missing from the classpath");
    }
    return ChecklistFixture.parse(
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }

  /**
   * Replaces the checklist by a Species+ bulk NDJSON file. Its edition: version {@code "species+
   * <import instant>"}, dated the day of the import in Kazakhstan; each listing's source is its
   * Species+ taxon concept and its date the listing's {@code effective_at}.
   *
   * @throws NotSpeciesPlus when a line is malformed or the file holds no listed animal (an empty
   *     file must not wipe the checklist)
   */
  @Transactional
  public Imported importSpeciesPlus(InputStream ndjson) {
    SpeciesPlusNdjson.Result result =
        SpeciesPlusNdjson.parse(
            new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8)));
    if (result.listings().isEmpty()) {
      throw NotSpeciesPlus.noListedAnimal();
    }
    Instant now = clock.instant();
    checklist.replaceAll(
        new Checklist(
            new ChecklistEdition(
                "species+ " + now,
                LocalDate.ofInstant(now, Kazakhstan.ZONE),
                ChecklistEdition.Origin.SPECIES_PLUS),
            result.listings()));
    reloadAfterCommit();
    return new Imported(result.listings().size(), result.taxa(), result.skipped());
  }
}
