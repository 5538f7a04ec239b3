package kz.cites.web;

import java.util.Map;

/**
 * Descriptions of a service's OpenAPI schemas that cannot carry a {@code @Schema} annotation of
 * their own (records of platform/events, which has no OpenAPI dependency) or whose annotation would
 * only repeat this line: schema name -> description. {@link ApiDocumentation} gives them to the
 * schemas that have none; a service may declare one as a bean.
 */
public record SchemaDescriptions(Map<String, String> descriptions) {

  public SchemaDescriptions {
    descriptions = Map.copyOf(descriptions);
  }
}
