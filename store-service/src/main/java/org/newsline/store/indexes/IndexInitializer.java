package org.newsline.store.indexes;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes when the application starts, before the listener is started (so the first
 * queries are indexed). MongoDB unreachable at start-up: start-up fails after the driver's server
 * selection timeout, and the platform restarts the service.
 */
@Component
class IndexInitializer implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(IndexInitializer.class);

  private final MongoCollection<Document> articles;

  IndexInitializer(MongoCollection<Document> articles) {
    this.articles = articles;
  }

  @Override
  public void afterPropertiesSet() {
    boolean text = ArticleIndexes.create(articles);
    log.info(
        "Indexes of {} ready: {}{}",
        articles.getNamespace(),
        ArticleIndexes.all().stream().map(i -> i.getOptions().getName()).toList(),
        text ? " and title_body_text" : " (no text index: this server has no text search)");
  }
}
