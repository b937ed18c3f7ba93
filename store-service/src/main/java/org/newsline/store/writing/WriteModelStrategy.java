package org.newsline.store.writing;

import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/** Turns one article document into the write that stores it. */
interface WriteModelStrategy {

  /**
   * The write for {@code document} (which has {@code _id}), at {@code version}.
   *
   * @return a model whose duplicate-key error (11000) means "an equal or newer version is stored"
   */
  WriteModel<Document> modelFor(Document document, ArticleVersion version);
}
