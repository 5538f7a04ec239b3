package kz.cites.application.species.domain;

import java.util.Optional;

/** Where the checklist is kept (the {@code species} and {@code species_checklist} tables). */
public interface SpeciesChecklist {

  /** The whole checklist as one consistent read: its edition and its listings. */
  Checklist load();

  boolean isEmpty();

  /** The edition in force; empty when the checklist was never filled. */
  Optional<ChecklistEdition> edition();

  /** Replaces the whole checklist, listings and edition, in the caller's transaction. */
  void replaceAll(Checklist checklist);
}
