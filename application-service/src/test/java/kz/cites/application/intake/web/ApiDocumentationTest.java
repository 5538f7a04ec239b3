package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.applicantFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.cites.application.ApiTest;
import kz.cites.application.web.ApiProblem;
import kz.cites.testsupport.PublishedApi;
import kz.cites.web.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;

/**
 * The OpenAPI is what portal integrations and third-party clients code against: this test fails
 * when it regresses (a field without description or example, an operation without its problems, a
 * problem type the code emits but the document does not list) and when its examples rot (the named
 * draft bodies are posted as they are and must be accepted).
 */
class ApiDocumentationTest extends ApiTest {

  /** Properties where an example makes no sense: the bytes of an upload. */
  private static final Set<String> NO_EXAMPLE = Set.of("DocumentUpload.file");

  private static final String SCHEMAS = "#/components/schemas/";
  private static final String EXAMPLES = "#/components/examples/";
  private static final String PROBLEM_JSON = "application/problem+json";

  private Map<String, Object> document;

  @BeforeEach
  void readDocument() throws Exception {
    document = json.convertValue(read(get("/v3/api-docs")), new TypeReference<>() {});
  }

  @Test
  void everyPropertyOfTheServicesSchemasHasADescriptionAndAnExample() {
    Set<String> names = schemasReferencedFromPaths();
    assertThat(names).contains("ApplicationContent", "ApplicationView", "Problem", "SpeciesView");
    List<String> undocumented = new ArrayList<>();
    for (String name : names) {
      Map<String, Object> schema = map(map(components(), "schemas"), name);
      assertThat(text(schema, "description")).as("description of schema " + name).isNotBlank();
      checkProperties(name, schema, undocumented);
    }
    assertThat(undocumented).as("properties without description or example").isEmpty();
  }

  @Test
  void everyOperationDocumentsItsProblemsWithNamedExamples() {
    List<String> operations = new ArrayList<>();
    forEachOperation(
        (where, operation) -> {
          operations.add(where);
          assertThat(text(operation, "summary")).as("summary of " + where).isNotBlank();
          assertThat(text(operation, "description")).as("description of " + where).isNotBlank();
          // the language of what the answer says is the caller's choice, on every operation
          assertThat(operation.get("parameters"))
              .as("Accept-Language of " + where)
              .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
              .anySatisfy(
                  p ->
                      assertThat(cast(p))
                          .containsEntry("in", "header")
                          .containsEntry("name", "Accept-Language"));
          if (operation.get("parameters") instanceof List<?> parameters) {
            for (Object p : parameters) {
              Map<String, Object> parameter = cast(p);
              String name = where + " " + text(parameter, "name");
              assertThat(text(parameter, "description")).as(name).isNotBlank();
              assertThat(parameter).as(name).containsKey("example");
            }
          }
          Map<String, Object> responses = map(operation, "responses");
          assertThat(responses.keySet())
              .as("4xx responses of " + where)
              .anyMatch(code -> code.startsWith("4"));
          responses.forEach(
              (code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                  Map<String, Object> content = map(cast(response), "content");
                  assertThat(content.keySet()).as(where + " " + code).containsExactly(PROBLEM_JSON);
                  Map<String, Object> examples = map(map(content, PROBLEM_JSON), "examples");
                  assertThat(examples).as("named examples of " + where + " " + code).isNotEmpty();
                  examples.forEach(
                      (name, example) -> {
                        Map<String, Object> body = resolveExample(cast(example));
                        assertThat(body.get("status")).as(name).isEqualTo(Integer.valueOf(code));
                      });
                } else {
                  assertThat(text(cast(response), "description"))
                      .as(where + " " + code)
                      .isNotBlank();
                }
              });
        });
    assertThat(operations).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void everyProblemTypeTheCodeCanEmitIsInTheCatalogueAndTheDocument() throws IOException {
    Set<String> catalogue = new TreeSet<>();
    for (ApiProblem problem : ApiProblem.values()) {
      catalogue.add(problem.type().toString());
    }
    // the shared types of platform/web (its handler and security answer them for this service)
    for (Field field : Problems.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == URI.class) {
        assertThat(catalogue).as("platform type " + field.getName()).contains(uri(field));
      }
    }
    // this service builds its problems only through the catalogue
    Pattern bypass =
        Pattern.compile(
            "new ProblemException\\(|ProblemException\\.(notFound|conflict|unprocessable)\\("
                + "|Problems\\.type\\(|ProblemDetail\\.forStatus");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<String> bypassing =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.getFileName().toString().equals("ApiProblem.java"))
              .filter(f -> bypass.matcher(readString(f)).find())
              .map(Path::toString)
              .toList();
      assertThat(bypassing).as("problems built outside ApiProblem").isEmpty();
    }
    // each type has its example in the document and is answered by some operation
    Map<String, Object> examples = map(components(), "examples");
    Set<String> referenced = new LinkedHashSet<>();
    forEachOperation(
        (where, operation) ->
            map(operation, "responses")
                .values()
                .forEach(
                    response -> {
                      Map<String, Object> content = cast(cast(response).get("content"));
                      if (content != null && content.get(PROBLEM_JSON) != null) {
                        map(map(content, PROBLEM_JSON), "examples")
                            .values()
                            .forEach(e -> referenced.add(text(cast(e), "$ref")));
                      }
                    }));
    for (ApiProblem problem : ApiProblem.values()) {
      String name = "problem-" + problem.slug();
      Map<String, Object> example = map(map(examples, name), "value");
      assertThat(example.get("type")).isEqualTo(problem.type().toString());
      assertThat(example.get("title")).isEqualTo(problem.title());
      assertThat(example.get("status")).isEqualTo(problem.status().value());
      assertThat(text(map(examples, name), "description")).isEqualTo(problem.when());
      assertThat(referenced).as("an operation answering " + name).contains(EXAMPLES + name);
    }
    // and the problems page lists them all
    String page = readString(Path.of("../docs/api-problems.md"));
    for (ApiProblem problem : ApiProblem.values()) {
      assertThat(page).as("docs/api-problems.md").contains("`" + problem.type() + "`");
    }
  }

  /**
   * The document as the gateway publishes it passes the OpenAPI specification's validation and the
   * house rules, and is exported to docs/openapi/ (breaking changes against the previous export
   * reported).
   */
  @Test
  void theDocumentIsPublishedWithoutFindings() throws Exception {
    String document =
        mvc.perform(get("/v3/api-docs"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    PublishedApi.Findings findings = PublishedApi.publish("application", document);
    assertThat(findings.lint()).as("lint findings").isEmpty();
    assertThat(findings.breaking()).as("breaking changes").isEmpty();
  }

  @Test
  void theNamedDraftExamplesAreAcceptedAsTheyAre() throws Exception {
    Map<String, Object> body =
        map(
            map(map(map(map(paths(), "/api/v1/applications"), "post"), "requestBody"), "content"),
            "application/json");
    Map<String, Object> examples = map(body, "examples");
    assertThat(examples.keySet())
        .containsExactlyInAnyOrder(
            "export-individual",
            "import-company",
            "reexport-entrepreneur",
            "export-hunting-trophy");
    for (var named : examples.entrySet()) {
      Map<String, Object> draft = resolveExample(cast(named.getValue()));
      Map<String, Object> applicant = map(draft, "applicant");
      RequestPostProcessor caller = applicantFor(text(applicant, "iin"), text(applicant, "bin"));
      String content = json.writeValueAsString(draft);
      MockHttpServletResponse created =
          mvc.perform(
                  post("/api/v1/applications")
                      .with(caller)
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(content))
              .andReturn()
              .getResponse();
      assertThat(created.getStatus())
          .as(named.getKey() + ": " + created.getContentAsString(StandardCharsets.UTF_8))
          .isEqualTo(201);
      mvc.perform(
              put(created.getHeader("Location"))
                  .with(caller)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(content))
          .andExpect(status().isOk());
    }
  }

  @Test
  void theProblemsAnsweredAreTheOnesTheCatalogueDescribes() throws Exception {
    String owner = "811201401188";
    answers(get("/api/v1/applications"), ApiProblem.UNAUTHENTICATED);
    answers(
        post("/api/v1/applications")
            .with(
                jwt()
                    .jwt(j -> j.subject("860606407353").claim("roles", List.of("OFFICER")))
                    .authorities(new SimpleGrantedAuthority("ROLE_OFFICER")))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}"),
        ApiProblem.FORBIDDEN);
    answers(
        get("/api/v1/applications/" + UUID.randomUUID()).with(applicant(owner)),
        ApiProblem.NOT_FOUND);
    answers(
        get("/api/v1/applications?size=0").with(applicant(owner)), ApiProblem.INVALID_PARAMETER);
    answers(
        post("/api/v1/applications")
            .with(applicant(owner))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"permitType\": "),
        ApiProblem.MALFORMED_BODY);
    answers(
        post("/api/v1/applications")
            .with(applicant(owner))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}"),
        ApiProblem.VALIDATION);
    Map<String, Object> unknown =
        answers(
            post("/api/v1/applications")
                .with(applicant(owner))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    json.writeValueAsString(draftExample("draft-export-individual"))
                        .replace("Falco cherrug", "Falco cheruq")),
            ApiProblem.UNKNOWN_SPECIES);
    assertThat(unknown.get("species").toString()).contains("Falco cherrug");
    answers(get("/api/v1/species?q=s").with(applicant(owner)), ApiProblem.INVALID_PARAMETER);
    // an upload without its file part is a validation problem naming the part
    String location =
        mvc.perform(
                post("/api/v1/applications")
                    .with(applicant(owner))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(draftExample("draft-export-individual"))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    Map<String, Object> noFile =
        answers(
            multipart(location + "/documents").param("type", "CONTRACT").with(applicant(owner)),
            ApiProblem.VALIDATION);
    assertThat(noFile.get("errors").toString()).contains("field=file");
    // refused by Spring MVC before any controller, and still typed
    answers(
        post("/api/v1/applications")
            .with(applicant(owner))
            .contentType(MediaType.TEXT_PLAIN)
            .content("permitType=EXPORT"),
        ApiProblem.UNSUPPORTED_MEDIA_TYPE);
  }

  // --- the document ---

  private Map<String, Object> draftExample(String name) {
    return map(map(map(components(), "examples"), name), "value");
  }

  /**
   * {@code request} in English answers {@code expected} with the catalogue's (English) title, and
   * the title is the bundles' in every language.
   */
  private Map<String, Object> answers(
      AbstractMockHttpServletRequestBuilder<?> request, ApiProblem expected) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(request.header("Accept-Language", "en")).andReturn().getResponse();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(expected.status().value());
    assertThat(response.getContentType()).startsWith(PROBLEM_JSON);
    Map<String, Object> problem = json.readValue(body, new TypeReference<>() {});
    assertThat(problem.get("type")).as(body).isEqualTo(expected.type().toString());
    assertThat(problem.get("title")).as(body).isEqualTo(expected.title());
    return problem;
  }

  /** Every schema the service's own paths use, directly or through other schemas. */
  private Set<String> schemasReferencedFromPaths() {
    Set<String> found = new TreeSet<>();
    List<String> todo = new ArrayList<>();
    collectRefs(paths(), todo);
    // problem responses reference examples, whose bodies follow the Problem schema
    while (!todo.isEmpty()) {
      String name = todo.removeLast();
      if (found.add(name)) {
        collectRefs(map(map(components(), "schemas"), name), todo);
      }
    }
    return found;
  }

  private static void collectRefs(Object node, List<String> into) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            if ("$ref".equals(k) && v instanceof String ref && ref.startsWith(SCHEMAS)) {
              into.add(ref.substring(SCHEMAS.length()));
            } else {
              collectRefs(v, into);
            }
          });
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectRefs(v, into));
    }
  }

  /**
   * A property needs a description; a scalar one an example too (on the property, or on the items
   * of an array of scalars). A reference to another schema is checked there.
   */
  private static void checkProperties(
      String where, Map<String, Object> schema, List<String> undocumented) {
    Map<String, Object> properties = cast(schema.get("properties"));
    if (properties == null) {
      return;
    }
    properties.forEach(
        (name, value) -> {
          String path = where + "." + name;
          Map<String, Object> property = cast(value);
          if (text(property, "description") == null || text(property, "description").isBlank()) {
            undocumented.add(path + " (description)");
          }
          if (NO_EXAMPLE.contains(path) || property.containsKey("$ref") || nullableRef(property)) {
            return;
          }
          Map<String, Object> items = cast(property.get("items"));
          boolean example =
              property.containsKey("example")
                  || property.containsKey("examples")
                  || (items != null && (items.containsKey("example") || items.containsKey("$ref")));
          if (!example) {
            undocumented.add(path + " (example)");
          }
          if (property.containsKey("properties")) {
            checkProperties(path, property, undocumented);
          }
        });
  }

  /** A reference that may be null: {@code anyOf: [{$ref}, {type: null}]} (platform/web). */
  private static boolean nullableRef(Map<String, Object> property) {
    return property.get("anyOf") instanceof List<?> anyOf
        && anyOf.stream().anyMatch(s -> s instanceof Map<?, ?> m && m.containsKey("$ref"));
  }

  private Map<String, Object> resolveExample(Map<String, Object> example) {
    String ref = text(example, "$ref");
    assertThat(ref).as("examples are shared components").startsWith(EXAMPLES);
    Map<String, Object> component =
        map(map(components(), "examples"), ref.substring(EXAMPLES.length()));
    return map(component, "value");
  }

  private interface OperationCheck {
    void check(String where, Map<String, Object> operation);
  }

  private void forEachOperation(OperationCheck check) {
    paths()
        .forEach(
            (path, item) ->
                cast(item)
                    .forEach(
                        (method, operation) -> {
                          if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                            check.check(method.toUpperCase() + " " + path, cast(operation));
                          }
                        }));
  }

  private Map<String, Object> paths() {
    return map(document, "paths");
  }

  private Map<String, Object> components() {
    return map(document, "components");
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(Map.class);
    return cast(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }

  private static String text(Map<String, Object> node, String key) {
    return node.get(key) instanceof String s ? s : null;
  }

  private static String uri(Field field) {
    try {
      return field.get(null).toString();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
  }
}
