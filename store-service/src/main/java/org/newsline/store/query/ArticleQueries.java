package org.newsline.store.query;

import com.mongodb.client.AggregateIterable;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.newsline.model.EntityType;
import org.newsline.model.Figure;
import org.newsline.store.StoreProperties;
import org.newsline.store.documents.ArticleDocuments;
import org.newsline.store.documents.ArticleFields;
import org.newsline.store.documents.EntityKeys;
import org.newsline.store.documents.StoredArticle;
import org.newsline.store.query.QueryParameters.Period;
import org.newsline.store.query.QueryViews.ArticlePage;
import org.newsline.store.query.QueryViews.EntityCount;
import org.newsline.store.query.QueryViews.FigureReport;
import org.newsline.store.query.QueryViews.FigureReports;
import org.springframework.stereotype.Component;

/**
 * The read side: every query the API answers, written against the indexes of {@code
 * ArticleIndexes}. Values from the request are only ever used as literal values of filters, never
 * parsed as query documents; the one regular expression (figure units) is built with {@link
 * Pattern#quote}.
 */
@Component
class ArticleQueries {

  private static final Bson NEWEST_FIRST =
      Sorts.orderBy(Sorts.descending(ArticleFields.SORT_AT), Sorts.descending(ArticleFields.ID));

  private final MongoCollection<Document> articles;
  private final StoreProperties.Query limits;

  ArticleQueries(MongoCollection<Document> articlesCollection, StoreProperties store) {
    this.articles = articlesCollection;
    this.limits = store.query();
  }

  /** Uses {@code _id}. */
  Optional<StoredArticle> byId(String id) {
    return Optional.ofNullable(byIdQuery(id).first()).map(ArticleDocuments::toStored);
  }

  /** The query {@link #byId} runs (also explained by the index test on real MongoDB). */
  FindIterable<Document> byIdQuery(String id) {
    return articles.find(Filters.eq(ArticleFields.ID, id));
  }

  /**
   * Uses {@code entities_key_type}, {@code entities_canonicalKey_type} and {@code
   * entities_name_type} with an entity, {@code source} with a source, {@code language} with a
   * language, {@code title_body_text} with a {@code q} on MongoDB ({@link TextSearch}), else {@code
   * sortAt_id}; sorted by {@code sortAt_id} either way.
   */
  ArticlePage list(
      String entity,
      EntityType type,
      String source,
      String language,
      Period period,
      PageCursor cursor,
      int limit,
      boolean full,
      Bson text) {
    List<Document> docs =
        listQuery(entity, type, source, language, period, cursor, limit, full, text)
            .into(new ArrayList<>());
    String next = null;
    if (docs.size() > limit) {
      docs = docs.subList(0, limit);
      Document last = docs.get(limit - 1);
      next =
          new PageCursor(
                  last.getDate(ArticleFields.SORT_AT).toInstant(),
                  last.get(ArticleFields.ID).toString())
              .encode();
    }
    return new ArticlePage(docs.stream().map(ArticleDocuments::toStored).toList(), next);
  }

  /**
   * The query {@link #list} runs: one more than {@code limit}, so that a full page knows whether
   * another follows.
   */
  FindIterable<Document> listQuery(
      String entity,
      EntityType type,
      String source,
      String language,
      Period period,
      PageCursor cursor,
      int limit,
      boolean full,
      Bson text) {
    List<Bson> filters = new ArrayList<>();
    if (text != null) {
      filters.add(text);
    }
    if (entity != null && type != null) {
      // Three branches of a top-level $or, each served by its compound index.
      filters.add(
          Filters.or(
              Filters.elemMatch(
                  ArticleFields.ENTITIES,
                  Filters.and(
                      Filters.eq("key", EntityKeys.key(entity)), Filters.eq("type", type.name()))),
              Filters.elemMatch(
                  ArticleFields.ENTITIES,
                  Filters.and(
                      Filters.eq("canonicalKey", EntityKeys.key(entity)),
                      Filters.eq("type", type.name()))),
              Filters.elemMatch(
                  ArticleFields.ENTITIES,
                  Filters.and(Filters.eq("name", entity), Filters.eq("type", type.name())))));
    } else if (entity != null) {
      filters.add(entityNamed(entity));
    } else if (type != null) {
      filters.add(Filters.eq(ArticleFields.ENTITY_TYPE, type.name()));
    }
    if (source != null) {
      filters.add(Filters.eq(ArticleFields.SOURCE, source));
    }
    if (language != null) {
      filters.add(Filters.eq(ArticleFields.LANGUAGE, language));
    }
    filters.addAll(periodFilters(period));
    if (cursor != null) {
      filters.add(after(cursor));
    }
    return articles
        .find(and(filters))
        .projection(full ? null : Projections.exclude(ArticleFields.BODY))
        .sort(NEWEST_FIRST)
        .limit(limit + 1);
  }

  /** Everything strictly after {@code cursor} in {@link #NEWEST_FIRST} order. */
  private static Bson after(PageCursor cursor) {
    Date sortAt = ArticleDocuments.date(cursor.sortAt());
    return Filters.or(
        Filters.lt(ArticleFields.SORT_AT, sortAt),
        Filters.and(
            Filters.eq(ArticleFields.SORT_AT, sortAt), Filters.lt(ArticleFields.ID, cursor.id())));
  }

  /**
   * {@code $match} (type, period; uses {@code sortAt_id} for the period: no index serves {@code
   * entities.type} alone, the second key of {@code entities_name_type}), {@code $unwind} the
   * entities, {@code $match} the type again (per entity), {@code $group} per article and entity by
   * its canonical name, else (documents stored before it) its name (so an entity listed twice in
   * one article, or as "EU" and "European Union", counts once), {@code $group} per entity, {@code
   * $sort} by articles then mentions then name, {@code $limit}.
   */
  List<EntityCount> topEntities(EntityType type, Period period, int limit) {
    List<EntityCount> counts = new ArrayList<>();
    for (Document d : topEntitiesQuery(type, period, limit)) {
      Document id = d.get("_id", Document.class);
      counts.add(
          new EntityCount(
              id.getString("name"),
              EntityType.valueOf(id.getString("type")),
              ((Number) d.get("articles")).longValue(),
              ((Number) d.get("mentions")).longValue()));
    }
    return counts;
  }

  /** The aggregation {@link #topEntities} runs. */
  AggregateIterable<Document> topEntitiesQuery(EntityType type, Period period, int limit) {
    List<Bson> match = new ArrayList<>(periodFilters(period));
    if (type != null) {
      match.add(Filters.eq(ArticleFields.ENTITY_TYPE, type.name()));
    }
    List<Bson> pipeline = new ArrayList<>();
    pipeline.add(Aggregates.match(and(match)));
    pipeline.add(Aggregates.unwind("$" + ArticleFields.ENTITIES));
    if (type != null) {
      pipeline.add(Aggregates.match(Filters.eq(ArticleFields.ENTITY_TYPE, type.name())));
    }
    pipeline.add(
        Aggregates.group(
            new Document("article", "$" + ArticleFields.ID)
                .append(
                    "name",
                    new Document(
                        "$ifNull",
                        List.of(
                            "$" + ArticleFields.ENTITY_CANONICAL_NAME,
                            "$" + ArticleFields.ENTITY_NAME)))
                .append("type", "$" + ArticleFields.ENTITY_TYPE),
            Accumulators.sum("mentions", "$entities.count")));
    pipeline.add(
        Aggregates.group(
            new Document("name", "$_id.name").append("type", "$_id.type"),
            Accumulators.sum("articles", 1),
            Accumulators.sum("mentions", "$mentions")));
    pipeline.add(
        Aggregates.sort(
            Sorts.orderBy(
                Sorts.descending("articles", "mentions"),
                Sorts.ascending("_id.name", "_id.type"))));
    pipeline.add(Aggregates.limit(limit));
    return articles.aggregate(pipeline);
  }

  /**
   * Articles with a figure of the filter's properties (a unit as written: case-insensitive, matched
   * literally, uses {@code figures_unit}) and/or mentioning {@code entity} (uses {@code
   * entities_name_type}), in the period, newest first; then each figure of those articles that has
   * all of them ({@link FigureFilter#matches}), up to {@code limit} figures and {@code
   * maxScannedArticles} articles. When the articles run out at that cap before {@code limit}
   * figures were found and more matching articles exist, the reports say so ({@code truncated}), so
   * that a client can tell an answer cut short from a complete one; whether more exist is asked
   * with a second query for one article's id after the last one read, so no more than the cap are
   * read for their figures.
   */
  FigureReports figures(FigureFilter filter, String entity, Period period, int limit) {
    int cap = limits.maxScannedArticles();
    List<FigureReport> reports = new ArrayList<>();
    int read = 0;
    Document last = null;
    try (MongoCursor<Document> cursor = figuresQuery(filter, entity, period).iterator()) {
      while (reports.size() < limit && cursor.hasNext()) {
        Document doc = cursor.next();
        read++;
        last = doc;
        List<Document> figures = doc.getList(ArticleFields.FIGURES, Document.class, List.of());
        for (Document figureDoc : figures) {
          Figure figure = ArticleDocuments.figure(figureDoc);
          if (!filter.matches(figure)) {
            continue;
          }
          Date published = doc.getDate(ArticleFields.PUBLISHED_AT);
          reports.add(
              new FigureReport(
                  doc.get(ArticleFields.ID).toString(),
                  doc.getString(ArticleFields.SOURCE),
                  published == null ? null : published.toInstant(),
                  figure.text(),
                  figure.kind(),
                  figure.qualifier(),
                  figure.value(),
                  figure.low(),
                  figure.high(),
                  figure.unit(),
                  figure.unitNormalized(),
                  figure.direction()));
          if (reports.size() == limit) {
            break;
          }
        }
      }
    }
    boolean truncated =
        reports.size() < limit
            && read == cap
            && moreFiguresQuery(
                        filter,
                        entity,
                        period,
                        new PageCursor(
                            last.getDate(ArticleFields.SORT_AT).toInstant(),
                            last.get(ArticleFields.ID).toString()))
                    .first()
                != null;
    return new FigureReports(reports, truncated);
  }

  /** The query {@link #figures} reads the articles with: at most the cap, newest first. */
  FindIterable<Document> figuresQuery(FigureFilter filter, String entity, Period period) {
    int cap = limits.maxScannedArticles();
    return articles
        .find(and(figureFilters(filter, entity, period)))
        .projection(
            Projections.include(
                ArticleFields.SOURCE,
                ArticleFields.PUBLISHED_AT,
                ArticleFields.SORT_AT,
                ArticleFields.FIGURES))
        .sort(NEWEST_FIRST)
        .limit(cap)
        .batchSize(Math.min(cap, 100));
  }

  /**
   * The query {@link #figures} asks, after reading the cap, whether a matching article follows
   * {@code last}: one id, nothing else.
   */
  FindIterable<Document> moreFiguresQuery(
      FigureFilter filter, String entity, Period period, PageCursor last) {
    List<Bson> filters = figureFilters(filter, entity, period);
    filters.add(after(last));
    return articles.find(and(filters)).projection(Projections.include(ArticleFields.ID)).limit(1);
  }

  private static List<Bson> figureFilters(FigureFilter filter, String entity, Period period) {
    List<Bson> filters = new ArrayList<>(periodFilters(period));
    filters.addAll(filter.articleFilters());
    if (entity != null) {
      filters.add(entityNamed(entity));
    }
    return filters;
  }

  /**
   * An article with an entity of this name or canonical name in any case and with or without
   * accents ({@link EntityKeys}), or, for documents stored before the key was (they have none), of
   * exactly this name.
   */
  private static Bson entityNamed(String entity) {
    return Filters.or(
        Filters.eq(ArticleFields.ENTITY_KEY, EntityKeys.key(entity)),
        Filters.eq(ArticleFields.ENTITY_CANONICAL_KEY, EntityKeys.key(entity)),
        Filters.eq(ArticleFields.ENTITY_NAME, entity));
  }

  private static List<Bson> periodFilters(Period period) {
    List<Bson> filters = new ArrayList<>(2);
    if (period.from() != null) {
      filters.add(Filters.gte(ArticleFields.SORT_AT, ArticleDocuments.date(period.from())));
    }
    if (period.to() != null) {
      filters.add(Filters.lt(ArticleFields.SORT_AT, ArticleDocuments.date(period.to())));
    }
    return filters;
  }

  private static Bson and(List<Bson> filters) {
    return filters.isEmpty() ? new Document() : Filters.and(filters);
  }
}
