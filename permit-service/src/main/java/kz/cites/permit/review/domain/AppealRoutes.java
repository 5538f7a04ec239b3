package kz.cites.permit.review.domain;

import java.util.List;

/**
 * The appeal routes a refusal states, kept as data with their source (domain.md, "Appeal"), in each
 * language a refusal is written in ({@link RefusalDocument#LANGUAGES}).
 */
public interface AppealRoutes {

  /**
   * The routes in {@code language} ({@code kk}, {@code ru}, {@code en}), in the refusal's order.
   */
  List<AppealRoute> routes(String language);

  /** Where the texts come from (the laws and articles), in {@code language}, printed under them. */
  String source(String language);
}
