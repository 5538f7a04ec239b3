package kz.cites.permit.review.domain;

import kz.cites.events.RefusalGround;

/**
 * What a refusal quotes of the law, kept as data with its source ({@code
 * legal/refusal-grounds.json}) in each language a refusal is written in ({@link
 * RefusalDocument#LANGUAGES}): the rules of the state service, each ground's wording in the order
 * (Annex 2, item 9) and where the rules state it.
 */
public interface RefusalLaw {

  /** The rules of the state service: their title, and the orders that approved and amended them. */
  String rules(String language);

  /** What {@code ground} says, as the order words it. */
  String wording(RefusalGround ground, String language);

  /** Where the rules state {@code ground}: Annex 2, item 9, its subitem. */
  String reference(RefusalGround ground, String language);
}
