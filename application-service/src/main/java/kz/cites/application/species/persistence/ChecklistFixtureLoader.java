package kz.cites.application.species.persistence;

import kz.cites.application.species.SpeciesImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Fills an empty checklist with the shipped fixture at start-up, or replaces an older edition of
 * the fixture by it ({@code cites.species.seed}); a Species+ import is left alone.
 */
@Component
@ConditionalOnProperty(name = "cites.species.seed", havingValue = "true", matchIfMissing = true)
class ChecklistFixtureLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ChecklistFixtureLoader.class);

  private final SpeciesImport species;

  ChecklistFixtureLoader(SpeciesImport species) {
    this.species = species;
  }

  @Override
  public void run(ApplicationArguments args) {
    switch (species.loadFixture()) {
      case LOADED -> log.info("Species checklist was empty: loaded the shipped fixture");
      case REFRESHED ->
          log.info("Species checklist held an older edition of the fixture: replaced it");
      case KEPT -> {
        // the shipped edition, or the authority's Species+ import
      }
    }
  }
}
