package kz.cites.application.species.domain;

import java.util.List;

/** Specimen names that are not CITES-listed animals (or are misspelt), with the closest names. */
public class UnknownSpecies extends RuntimeException {

  /** One unknown name: the JSON path of its field, the name as sent and the closest names. */
  public record Name(String field, String name, List<String> suggestions) {}

  private final List<Name> names;

  public UnknownSpecies(List<Name> names) {
    super(
        names.size() == 1
            ? "'" + names.getFirst().name() + "' is not a CITES-listed animal in the checklist"
            : names.size() + " names are not CITES-listed animals in the checklist");
    this.names = List.copyOf(names);
  }

  public List<Name> names() {
    return names;
  }
}
