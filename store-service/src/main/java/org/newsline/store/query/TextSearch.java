package org.newsline.store.query;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.newsline.store.StoreProperties;
import org.newsline.store.documents.ArticleFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code q}: articles whose title or body holds every word and phrase asked for. On MongoDB with
 * the {@code title_body_text} index ({@code ArticleIndexes}) this is a {@code $text} query, which
 * reads the index (stemmed words: "storms" finds "storm"); where the server has no text search (the
 * stand-in of {@code ./run-local}), each term is a case-insensitive whole-word regular expression
 * on title and body, which reads every article the other filters leave (measured in benchmark 7).
 * Chosen once, at the first search, by asking the server.
 */
@Component
class TextSearch {

  private static final Logger log = LoggerFactory.getLogger(TextSearch.class);

  private final MongoCollection<Document> articles;
  private volatile Boolean textIndex;

  TextSearch(MongoCollection<Document> articlesCollection, StoreProperties store) {
    this.articles = articlesCollection;
    this.textIndex =
        switch (store.query().textSearch()) {
          case INDEX -> true;
          case SCAN -> false;
          case AUTO -> null;
        };
  }

  /** The filter for {@code terms}. */
  Bson filter(SearchTerms terms) {
    return usesTextIndex() ? Filters.text(terms.textSearch()) : scan(terms);
  }

  /** Whether the server answers {@code $text} (a text index exists and the server supports it). */
  boolean usesTextIndex() {
    Boolean known = textIndex;
    if (known == null) {
      known = probe();
      textIndex = known;
      log.info(
          known
              ? "q: MongoDB text search on the title_body_text index"
              : "q: this server has no text search; words are matched by a scan of title and body");
    }
    return known;
  }

  private boolean probe() {
    try {
      articles.find(Filters.text("newsline")).limit(1).first();
      return true;
    } catch (MongoException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Every term, in title or body, as a whole word in any case. */
  static Bson scan(SearchTerms terms) {
    List<Bson> all = new ArrayList<>();
    for (String word : terms.words()) {
      all.add(inTitleOrBody(Pattern.quote(word)));
    }
    for (List<String> phrase : terms.phrases()) {
      all.add(
          inTitleOrBody(phrase.stream().map(Pattern::quote).collect(Collectors.joining("\\s+"))));
    }
    return Filters.and(all);
  }

  private static Bson inTitleOrBody(String quoted) {
    // Whole words: not inside a longer word of letters or digits.
    String regex = "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])";
    return Filters.or(
        Filters.regex(ArticleFields.TITLE, regex, "i"),
        Filters.regex(ArticleFields.BODY, regex, "i"));
  }
}
