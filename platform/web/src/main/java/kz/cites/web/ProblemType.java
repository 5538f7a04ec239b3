package kz.cites.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * One kind of problem a service answers. Each service lists its kinds in one catalogue, an enum
 * {@code <service>.web.ApiProblem} implementing this, and builds every problem it throws from there
 * (ADR 0004), so a type's status is written once.
 *
 * <p>What a person reads is in the caller's language (ADR 0007): the title is the bundles' {@code
 * problem.<slug>.title}, the detail {@code problem.<slug>.detail} ({@link #exception()}) or {@code
 * problem.<slug>.detail.<name>} ({@link #detail}). The English title of the catalogue is the one
 * the documentation shows; the English bundle says the same.
 */
public interface ProblemType {

  /** The type URI, status, (English) title and when-text of this kind. */
  ProblemSpec spec();

  default URI type() {
    return spec().type();
  }

  default HttpStatus status() {
    return spec().status();
  }

  /** The English title, as the documentation shows it; answers take {@link #titleKey()}. */
  default String title() {
    return spec().title();
  }

  /** When the service answers it, for the documentation. */
  default String when() {
    return spec().when();
  }

  /** The last segment of the type URI, e.g. {@code incomplete-application}. */
  default String slug() {
    return type().toString().substring(Problems.BASE.length());
  }

  /**
   * The detail of this type's example in the OpenAPI, in English; {@code null} takes the English
   * bundle's general detail {@code problem.<slug>.detail}.
   */
  default String exampleDetail() {
    return null;
  }

  /**
   * The extension members of this type's example in the OpenAPI, as a JSON object (e.g. {@code
   * {"field": "date"}}); {@code {}} for none.
   */
  default String exampleMembers() {
    return "{}";
  }

  /** The bundle key of the title: {@code problem.<slug>.title}. */
  default String titleKey() {
    return titleKey(slug());
  }

  /** The bundle key of the title of the type {@code slug}. */
  static String titleKey(String slug) {
    return "problem." + slug + ".title";
  }

  /**
   * The bundle key of the general detail of the type {@code slug}: {@code problem.<slug>.detail}.
   */
  static String detailKey(String slug) {
    return "problem." + slug + ".detail";
  }

  /** The problem with the type's general detail, {@code problem.<slug>.detail}. */
  default ProblemException exception() {
    return new ProblemException(this, Text.of(detailKey(slug())));
  }

  /**
   * The problem with the detail {@code problem.<slug>.detail.<name>}, its {@code {0}}, {@code {1}},
   * ... being {@code args}; add extension members with {@link ProblemException#with}.
   */
  default ProblemException detail(String name, Object... args) {
    return new ProblemException(this, Text.of(detailKey(slug()) + "." + name, args));
  }
}
