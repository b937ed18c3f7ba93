package org.newsline.enrich.entities;

/** Why a mention has its type; stronger evidence decides the type of a merged entity. */
enum Evidence {
  /** The statistical tagger said so. */
  TAGGER,
  /** The words around it say so ("Telegram channel X", "X, an organization"). */
  CONTEXT,
  /** The name is in the gazetteer. */
  GAZETTEER
}
