package kz.cites.simulator.persona;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Personas", description = "The seeded people and companies")
class PersonaController {

  private final PersonaDirectory directory;

  PersonaController(PersonaDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/sim/personas")
  @Operation(summary = "Seeded personas: IIN/BIN, name, token roles, what the registries say")
  List<Persona> personas() {
    return directory.personas();
  }
}
