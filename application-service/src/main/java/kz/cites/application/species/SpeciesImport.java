package kz.cites.application.species;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import kz.cites.application.species.domain.ChecklistFixture;
import kz.cites.application.species.domain.Listing;
import kz.cites.application.species.domain.SpeciesChecklist;
import kz.cites.application.species.domain.SpeciesPlusNdjson;
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

  /** Loads the shipped fixture when the checklist is empty (first start). */
  @Transactional
  public boolean loadFixtureIfEmpty() {
    if (!checklist.isEmpty()) {
      return false;
    }
    InputStream in = SpeciesImport.class.getClassLoader().getResourceAsStream(FIXTURE);
    if (in == null) {
      throw new IllegalStateException(FIXTURE + " missing from the classpath");
    }
    List<Listing> listings =
        ChecklistFixture.parse(
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    checklist.replaceAll(listings, "fixture");
    reloadAfterCommit();
    return true;
  }

  /**
   * Replaces the checklist by a Species+ bulk NDJSON file.
   *
   * @throws IllegalArgumentException when a line is malformed or the file holds no listed animal
   *     (an empty file must not wipe the checklist)
   */
  @Transactional
  public Imported importSpeciesPlus(InputStream ndjson) {
    SpeciesPlusNdjson.Result result =
        SpeciesPlusNdjson.parse(
            new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8)));
    if (result.listings().isEmpty()) {
      throw new IllegalArgumentException("the file holds no CITES-listed animal taxon");
    }
    checklist.replaceAll(result.listings(), "species+ " + clock.instant());
    reloadAfterCommit();
    return new Imported(result.listings().size(), result.taxa(), result.skipped());
  }
}
