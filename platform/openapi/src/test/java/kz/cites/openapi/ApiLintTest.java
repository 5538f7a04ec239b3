package kz.cites.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiLintTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode document(String operation) {
    return JSON.readTree(
        """
        {"openapi": "3.1.0", "security": [{"bearer": []}],
         "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"},
                                            "bearerAuth": {"type": "http", "scheme": "bearer"}},
                        "schemas": {"Problem": {"type": "object", "description": "A problem"},
                                    "Kinds": {"type": "array", "description": "Kinds",
                                              "items": {"type": "string", "enum": ["A", "B"]}}}},
         "paths": {"/api/v1/things": {"get": %s}}}
        """
            .formatted(operation));
  }

  @Test
  void aCompleteOperationKeepsEveryRule() {
    JsonNode document =
        document(
            """
            {"operationId": "listThings", "summary": "Things", "description": "All things",
             "tags": ["Things"],
             "parameters": [{"name": "page", "in": "query", "description": "Page from 0",
                             "schema": {"type": "integer"}}],
             "responses": {
               "200": {"description": "The things",
                       "content": {"application/json": {"schema": {"type": "array"}}}},
               "404": {"description": "None",
                       "content": {"application/problem+json": {
                         "schema": {"$ref": "#/components/schemas/Problem"},
                         "examples": {"not-found": {"value": {}}}}}}}}
            """);
    assertThat(ApiLint.check(document))
        .containsExactlyInAnyOrder(
            "security scheme bearerAuth is declared but never used",
            "schema Kinds: array of an inline enum (name it as a component)");
  }

  @Test
  void genericIdsWildcardsBareErrorsAndAcceptParametersAreFound() {
    JsonNode document =
        document(
            """
            {"operationId": "list_1",
             "parameters": [{"name": "Accept", "in": "header", "schema": {"type": "string"}}],
             "responses": {
               "200": {"description": "Ok", "content": {"*/*": {"schema": {}}}},
               "400": {"description": "Bad", "content": {"*/*": {"schema": {}}}}}}
            """);
    assertThat(ApiLint.check(document))
        .contains(
            "GET /api/v1/things: operationId list_1 is not camelCase or is numbered",
            "GET /api/v1/things: no summary",
            "GET /api/v1/things: no tag",
            "GET /api/v1/things 400: answers [*/*], not only problem+json",
            "GET /api/v1/things 200: media type */*",
            "GET /api/v1/things: header parameter Accept (OpenAPI ignores it)",
            "GET /api/v1/things: parameter Accept has no description");
  }

  @Test
  void unresolvedReferencesAreFound() {
    JsonNode document =
        document(
            """
            {"operationId": "listThings", "summary": "s", "description": "d", "tags": ["T"],
             "responses": {"200": {"description": "Ok", "content": {"application/json": {
               "schema": {"$ref": "#/components/schemas/Missing"}}}}}}
            """);
    assertThat(ApiLint.check(document))
        .anyMatch(f -> f.contains("unresolved $ref #/components/schemas/Missing"));
  }
}
