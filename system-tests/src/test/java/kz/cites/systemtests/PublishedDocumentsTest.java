package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.cites.openapi.ApiLint;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The four published documents ({@code docs/openapi/}, exported by the services' builds) as one
 * API: an integrator generates one SDK from them, so an operationId may not repeat across services,
 * and each keeps the house rules. Runs in {@code ./mvnw verify} without the running system.
 */
class PublishedDocumentsTest {

  private static final List<String> SERVICES =
      List.of("application", "fee", "verification", "permit");

  @Test
  void operationIdsAreUniqueAcrossTheWholeSystem() {
    Map<String, String> owners = new HashMap<>();
    List<String> duplicates = new ArrayList<>();
    int operations = 0;
    for (String service : SERVICES) {
      JsonNode document = PublishedContract.get().document(service);
      for (var path : document.path("paths").properties()) {
        for (var operation : path.getValue().properties()) {
          operations++;
          String id = operation.getValue().path("operationId").asString("");
          String where = service + " " + operation.getKey().toUpperCase() + " " + path.getKey();
          String before = owners.putIfAbsent(id, where);
          if (before != null) {
            duplicates.add(id + ": " + before + " and " + where);
          }
        }
      }
    }
    assertThat(operations).isGreaterThanOrEqualTo(35);
    assertThat(duplicates).as("operationIds used twice").isEmpty();
  }

  @Test
  void everyPublishedDocumentKeepsTheHouseRules() {
    for (String service : SERVICES) {
      assertThat(ApiLint.check(PublishedContract.get().document(service)))
          .as("lint findings of docs/openapi/" + service + ".json")
          .isEmpty();
    }
  }
}
