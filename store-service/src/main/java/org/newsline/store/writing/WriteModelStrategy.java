package org.newsline.store.writing;

import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/** Turns one article document into the write that stores it, given what is stored now. */
interface WriteModelStrategy {

  /**
   * The write for {@code document} (which has {@code _id}) at {@code version}, or null when nothing
   * needs writing.
   *
   * @param stored the version stored when the batch began, or null when there was none
   * @return a model whose duplicate-key error (11000) means "someone stored this id meanwhile"
   */
  WriteModel<Document> modelFor(Document document, ArticleVersion version, ArticleVersion stored);
}
