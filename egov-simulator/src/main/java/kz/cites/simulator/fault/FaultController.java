package kz.cites.simulator.fault;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.cites.simulator.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sim/faults")
@Tag(name = "Fault switches", description = "Make a SHEP registry slow, flaky, dead or garbled")
class FaultController {

  private final FaultSwitchboard switchboard;

  FaultController(FaultSwitchboard switchboard) {
    this.switchboard = switchboard;
  }

  @GetMapping
  @Operation(summary = "Current fault of every registry")
  Map<String, FaultSettings> all() {
    Map<String, FaultSettings> all = new LinkedHashMap<>();
    switchboard.all().forEach((registry, fault) -> all.put(registry.path(), fault));
    return all;
  }

  @PutMapping("/{registry}")
  @Operation(summary = "Set the fault of one registry (absent members mean no fault)")
  FaultSettings set(@PathVariable String registry, @Valid @RequestBody FaultSettings fault) {
    Registry target = registry(registry);
    switchboard.set(target, fault);
    return switchboard.settings(target);
  }

  @DeleteMapping("/{registry}")
  @Operation(summary = "Clear the fault of one registry")
  ResponseEntity<Void> reset(@PathVariable String registry) {
    switchboard.reset(registry(registry));
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping
  @Operation(summary = "Clear every fault")
  ResponseEntity<Void> resetAll() {
    switchboard.resetAll();
    return ResponseEntity.noContent().build();
  }

  private static Registry registry(String path) {
    return Registry.byPath(path)
        .orElseThrow(
            () ->
                Problems.of(
                    HttpStatus.NOT_FOUND,
                    Problems.UNKNOWN_REGISTRY,
                    "Unknown registry",
                    "registry",
                    "No registry '"
                        + path
                        + "'; known: individuals, legal-entities, entrepreneurs, payments,"
                        + " hunting-permits, courts"));
  }
}
