package kz.cites.permit.review.domain;

import java.util.List;

/** The appeal routes a refusal states, kept as data with their source (domain.md, "Appeal"). */
public interface AppealRoutes {

  /** The routes, in the order the refusal lists them. */
  List<AppealRoute> routes();

  /** Where the texts come from (the laws and articles), printed under them. */
  String source();
}
