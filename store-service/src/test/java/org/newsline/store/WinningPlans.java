package org.newsline.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.json.JsonWriterSettings;

/**
 * What the winning plans of a MongoDB {@code explain} answer scan, for tests that check which index
 * a query uses. It finds every {@code winningPlan} wherever the answer puts it (a find's {@code
 * queryPlanner.winningPlan}; an aggregation's {@code stages[0].$cursor.queryPlanner.winningPlan}
 * or, when the pipeline's start runs in the slot-based engine, its top-level {@code queryPlanner};
 * an update's {@code queryPlanner.winningPlan}; the plans of {@code rejectedPlans} are not named so
 * and are left out), and reads every stage below it ({@code inputStage}, {@code inputStages}, the
 * slot-based engine's {@code queryPlan}): a stage with an {@code indexName} (IXSCAN, MongoDB 8's
 * EXPRESS_IXSCAN, COUNT_SCAN, DISTINCT_SCAN) scans that index, IDHACK (before 8.0) scans {@code
 * _id_}, COLLSCAN reads the whole collection.
 */
public final class WinningPlans {

  private static final String ID_INDEX = "_id_";

  private final List<Document> plans;
  private final List<Document> stages;

  private WinningPlans(List<Document> plans) {
    this.plans = plans;
    this.stages = new ArrayList<>();
    plans.forEach(plan -> collectStages(plan, stages));
  }

  /**
   * @throws IllegalArgumentException when the answer holds no winning plan at all (so a test never
   *     passes on an answer it could not read)
   */
  public static WinningPlans of(Document explain) {
    List<Document> plans = new ArrayList<>();
    collectPlans(explain, plans);
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("no winningPlan in " + json(explain));
    }
    return new WinningPlans(plans);
  }

  /** Names of the indexes the winning plans scan, in the order met. */
  public Set<String> scannedIndexes() {
    Set<String> names = new LinkedHashSet<>();
    for (Document stage : stages) {
      if (stage.get("indexName") instanceof String name) {
        names.add(name);
      } else if ("IDHACK".equals(stage.get("stage"))) {
        names.add(ID_INDEX);
      }
    }
    return names;
  }

  /** Whether a winning plan reads the whole collection. */
  public boolean scansTheCollection() {
    return stages.stream().anyMatch(s -> "COLLSCAN".equals(s.get("stage")));
  }

  /** The names of every stage of the winning plans, for messages. */
  public List<String> stageNames() {
    return stages.stream().map(s -> String.valueOf(s.get("stage"))).toList();
  }

  @Override
  public String toString() {
    return plans.stream().map(WinningPlans::json).toList().toString();
  }

  private static void collectPlans(Object node, List<Document> plans) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if ("winningPlan".equals(entry.getKey()) && entry.getValue() instanceof Document plan) {
          plans.add(plan);
        } else {
          collectPlans(entry.getValue(), plans);
        }
      }
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectPlans(item, plans));
    }
  }

  private static void collectStages(Object node, List<Document> stages) {
    if (node instanceof Document doc) {
      if (doc.containsKey("stage")) {
        stages.add(doc);
      }
      doc.values().forEach(value -> collectStages(value, stages));
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectStages(item, stages));
    }
  }

  private static String json(Document doc) {
    return doc.toJson(JsonWriterSettings.builder().indent(false).build());
  }
}
