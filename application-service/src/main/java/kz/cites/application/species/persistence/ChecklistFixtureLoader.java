package kz.cites.application.species.persistence;

import kz.cites.application.species.SpeciesImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Fills an empty checklist with the shipped fixture at start-up ({@code cites.species.seed}). */
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
    if (species.loadFixtureIfEmpty()) {
      log.info("Species checklist was empty: loaded the shipped fixture");
    }
  }
}
