package kz.cites.application.species.domain;

import java.util.List;

/**
 * A whole checklist: its edition and its listings.
 *
 * @param edition which checklist this is; {@code null} only for a table that was never filled
 */
public record Checklist(ChecklistEdition edition, List<Listing> listings) {

  public Checklist {
    listings = listings == null ? List.of() : List.copyOf(listings);
  }
}
