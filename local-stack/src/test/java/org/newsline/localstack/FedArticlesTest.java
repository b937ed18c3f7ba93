package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsline.feed.StoreProgress;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FedArticlesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void waitsUntilTheStoreHasEveryFedArticleAndCountsEachIdOnce() throws Exception {
    Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    // b-2 is stored only from the third time the store is asked for it.
    try (FakeHttp store = presence(asked, id -> !id.equals("b-2") || asked.get(id).get() >= 3)) {
      FedArticles fed = new FedArticles();
      fed.addAll(List.of("a-1", "b-2"));
      fed.add("a-1");
      List<StoreProgress> looks = new ArrayList<>();

      int stored = fed.awaitStored(client(store), Duration.ofMinutes(1), looks::add);

      assertThat(fed.size()).isEqualTo(2);
      assertThat(stored).isEqualTo(2);
      assertThat(asked.get("b-2")).hasValue(3);
      assertThat(asked.get("a-1")).as("a stored article is not asked for again").hasValue(1);
      assertThat(looks).extracting(StoreProgress::stored).containsExactly(1L, 1L, 2L);
      assertThat(looks).extracting(StoreProgress::acknowledged).containsOnly(2L);
    }
  }

  @Test
  void countsWhatIsStoredWhenTheTimeIsUp() throws Exception {
    Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    try (FakeHttp store = presence(asked, id -> id.equals("a-1"))) {
      FedArticles fed = new FedArticles();
      fed.addAll(List.of("a-1", "never-stored"));

      assertThat(fed.awaitStored(client(store), Duration.ZERO, p -> {})).isEqualTo(1);
    }
  }

  /** The store's presence endpoint, counting how often each id is asked about. */
  private static FakeHttp presence(
      Map<String, AtomicInteger> asked, java.util.function.Predicate<String> stored)
      throws Exception {
    return new FakeHttp()
        .on(
            "/api/v1/articles/presence",
            r -> {
              List<String> found = new ArrayList<>();
              for (JsonNode id : JSON.readTree(r.body()).get("ids")) {
                asked.computeIfAbsent(id.asString(), k -> new AtomicInteger()).incrementAndGet();
                if (stored.test(id.asString())) {
                  found.add(id.asString());
                }
              }
              return new FakeHttp.Answer(200, JSON.writeValueAsString(Map.of("stored", found)));
            });
  }

  private static StoreClient client(FakeHttp store) {
    return new StoreClient(
        new LocalStackSettings(Path.of("unused"), 1, 2, 3, 4, 5, store.port()),
        ApiKeyFile.single("k"));
  }
}
