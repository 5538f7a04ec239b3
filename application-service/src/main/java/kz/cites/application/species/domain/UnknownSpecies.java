package kz.cites.application.species.domain;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;

/** Specimen names that are not CITES-listed animals (or are misspelt), with the closest names. */
public class UnknownSpecies extends RuntimeException {

  /** One unknown name: the JSON path of its field, the name as sent and the closest names. */
  @Schema(
      name = "UnknownSpeciesName",
      description = "A specimen name that is not a CITES-listed animal of the checklist")
  public record Name(
      @Schema(
              description = "JSON path of the specimen's name",
              example = "specimens[0].scientificName",
              requiredMode = RequiredMode.REQUIRED)
          String field,
      @Schema(
              description = "The name as sent",
              example = "Falco cheruq",
              requiredMode = RequiredMode.REQUIRED)
          String name,
      @ArraySchema(
              arraySchema =
                  @Schema(
                      description = "The 5 closest accepted names, by any name they are known by",
                      example = "[\"Falco cherrug\", \"Falco rusticolus\"]"),
              schema = @Schema(description = "An accepted name", example = "Falco cherrug"))
          List<String> suggestions) {}

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
