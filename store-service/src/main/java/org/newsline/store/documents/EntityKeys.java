package org.newsline.store.documents;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of an entity's name that {@code entity=} queries match: case, accents and spacing set
 * aside ("São Paulo", "SAO PAULO" and "sao paulo" are one key), so that a user typing a name as
 * they would in a search box finds it. Stored beside the name ({@code entities.key}); the name
 * itself stays as the article wrote it.
 */
public final class EntityKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private EntityKeys() {}

  /** The key of {@code name}: decomposed, its combining marks dropped, lower case, one space. */
  public static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}
