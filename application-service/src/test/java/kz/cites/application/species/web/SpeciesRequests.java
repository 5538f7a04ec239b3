package kz.cites.application.species.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The requests of the species API, still without their caller ({@code .with(...)}). */
final class SpeciesRequests {

  /** A Species+ line of a taxon that is not CITES-listed: a file of it lists no animal. */
  static final String NOT_LISTED =
      "{\"full_name\": \"Vulpes vulpes\", \"cites_listing\": \"NC\"}\n";

  private SpeciesRequests() {}

  /** A look-up by any name. */
  static MockHttpServletRequestBuilder search(String q) {
    return get("/api/v1/species").param("q", q);
  }

  /** Replaces the checklist by a Species+ NDJSON download. */
  static MockHttpServletRequestBuilder speciesPlusImport(String ndjson) {
    return speciesPlusImport(ndjson.getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces the checklist by a Species+ NDJSON download. */
  static MockHttpServletRequestBuilder speciesPlusImport(byte[] ndjson) {
    return post("/api/v1/species/import").contentType("application/x-ndjson").content(ndjson);
  }
}
