package kz.cites.application.species.domain;

/**
 * A file the Species+ import refuses (the checklist stays as it was): a line that is no JSON
 * object, or no CITES-listed animal in the whole file (an empty file must not wipe the checklist).
 */
public class NotSpeciesPlus extends IllegalArgumentException {

  private final Integer line;

  private NotSpeciesPlus(String message, Integer line) {
    super(message);
    this.line = line;
  }

  public static NotSpeciesPlus atLine(int line) {
    return new NotSpeciesPlus("line " + line + " is not a JSON object", line);
  }

  public static NotSpeciesPlus noListedAnimal() {
    return new NotSpeciesPlus("the file holds no CITES-listed animal taxon", null);
  }

  /** The number of the malformed line, from 1; null when the file as a whole is refused. */
  public Integer line() {
    return line;
  }
}
