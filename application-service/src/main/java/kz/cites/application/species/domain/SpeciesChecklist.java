package kz.cites.application.species.domain;

import java.util.List;

/** Where the checklist is kept (the {@code species} table). */
public interface SpeciesChecklist {

  List<Listing> all();

  boolean isEmpty();

  /** Replaces the whole checklist in one transaction; {@code source} says where it came from. */
  void replaceAll(List<Listing> listings, String source);
}
