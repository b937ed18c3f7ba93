package org.newsline.store.writing;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.WriteModel;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** The calls to MongoDB the writer makes; the risky part, behind an interface for tests. */
interface ArticleStore {

  /**
   * One unordered bulk write with the configured write concern.
   *
   * @throws com.mongodb.MongoBulkWriteException when some writes failed (the others were applied)
   * @throws com.mongodb.MongoException when MongoDB could not be reached or did not acknowledge
   */
  BulkWriteResult bulkWrite(List<WriteModel<Document>> models);

  /** The stored versions of {@code ids}, with their revision history; ids not stored are absent. */
  Map<String, StoredVersion> versions(Collection<String> ids);
}
