package org.newsline.enrich.entities;

/**
 * Why a mention has its type; stronger evidence decides the type of a merged entity, mentions of
 * equal strength vote.
 */
enum Evidence {
  /** The statistical tagger said so. */
  TAGGER(0),
  /**
   * The tagger said so and the gazetteer lists the name with that type: as strong as the tagger
   * alone when types are voted (a county that is also a cricket team is both in one article), but a
   * listed name, not a guess, where a tagline is read ({@link EntityCollector}).
   */
  LISTED(0),
  /** The words around it say so ("Telegram channel X", "X, an organization"). */
  CONTEXT(1),
  /**
   * The name that opens a dateline ({@link Datelines}): a place, voting as the tagger does, and
   * kept apart from a club or team of the same name that wins its name's vote.
   */
  DATELINE(0),
  /** The gazetteer decided the type: a name the tagger left untagged or tagged MISC, an outlet. */
  GAZETTEER(2);

  private final int strength;

  Evidence(int strength) {
    this.strength = strength;
  }

  int strength() {
    return strength;
  }
}
