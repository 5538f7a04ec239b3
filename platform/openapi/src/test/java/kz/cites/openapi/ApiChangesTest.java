package kz.cites.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiChangesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String BEFORE =
      """
      {"paths": {"/a": {"get": {"operationId": "getA", "responses": {"200": {"content":
          {"application/json": {}, "application/pdf": {}}}}}},
                 "/b": {"post": {"operationId": "createB", "responses": {"201": {}}}}},
       "components": {"schemas": {
         "A": {"type": "object", "required": ["id"], "properties": {
           "id": {"type": "string"}, "name": {"type": "string"}, "gone": {"type": "string"}}},
         "Kind": {"type": "string", "enum": ["X", "Y"]},
         "Old": {"type": "object"}}}}
      """;

  @Test
  void anUnchangedDocumentBreaksNothing() {
    JsonNode before = JSON.readTree(BEFORE);
    assertThat(ApiChanges.breaking(before, before)).isEmpty();
  }

  @Test
  void aMemberThatBecomesNullableIsReportedOnceNotAsANewType() {
    JsonNode before =
        JSON.readTree(
            """
            {"components": {"schemas": {"A": {"type": "object", "properties": {
              "n": {"type": "string"}, "r": {"$ref": "#/components/schemas/B"}}}}}}
            """);
    JsonNode after =
        JSON.readTree(
            """
            {"components": {"schemas": {"A": {"type": "object", "properties": {
              "n": {"type": ["string", "null"]},
              "r": {"anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}]}}}}}}
            """);
    assertThat(ApiChanges.breaking(before, after))
        .containsExactlyInAnyOrder("schema A.n: now nullable", "schema A.r: now nullable");
  }

  @Test
  void aListThatBecomesAPageAndLosesItsLimitIsReported() {
    JsonNode before =
        JSON.readTree(
            """
            {"paths": {"/cases": {"get": {"operationId": "listCases",
                 "parameters": [{"name": "limit", "in": "query"}],
                 "responses": {"200": {"content": {"application/json": {
                   "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Case"}}}}}}}}}}
            """);
    JsonNode after =
        JSON.readTree(
            """
            {"paths": {"/cases": {"get": {"operationId": "listCases",
                 "parameters": [{"name": "page", "in": "query"}, {"name": "size", "in": "query"}],
                 "responses": {"200": {"content": {"application/json": {
                   "schema": {"$ref": "#/components/schemas/PageViewCase"}}}}}}}}}
            """);
    assertThat(ApiChanges.breaking(before, after))
        .containsExactly(
            "GET /cases: parameter query:limit removed",
            "GET /cases 200 application/json: schema array -> #/components/schemas/PageViewCase");
    // new optional parameters alone break nothing
    assertThat(ApiChanges.breaking(after, after)).isEmpty();
  }

  @Test
  void whatBreaksAGeneratedClientIsReported() {
    JsonNode after =
        JSON.readTree(
            """
            {"paths": {"/a": {"get": {"operationId": "readA",
                 "parameters": [{"name": "q", "in": "query", "required": true}],
                 "responses": {"200": {"content": {"application/json": {}}}}}}},
             "components": {"schemas": {
               "A": {"type": "object", "required": ["name"], "properties": {
                 "id": {"type": "integer"}, "name": {"type": "string"}}},
               "Kind": {"type": "string", "enum": ["X"]}}}}
            """);
    assertThat(ApiChanges.breaking(JSON.readTree(BEFORE), after))
        .containsExactlyInAnyOrder(
            "GET /a: operationId getA -> readA",
            "GET /a: parameter query:q is now required",
            "GET /a 200: media type application/pdf removed",
            "POST /b: operation removed",
            "schema A.id: no longer required",
            "schema A.id: type string -> integer",
            "schema A.gone: removed",
            "schema A.name: newly required",
            "schema Kind: enum value Y removed",
            "schema Old: removed");
  }
}
