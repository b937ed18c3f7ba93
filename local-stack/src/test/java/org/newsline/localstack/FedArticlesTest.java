package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FedArticlesTest {

  @Test
  void waitsUntilTheStoreHasEveryFedArticleAndCountsEachIdOnce() throws Exception {
    Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    // b-2 is stored only from the third time the store is asked for it.
    try (FakeHttp store =
        new FakeHttp()
            .on(
                "/api/v1/articles/",
                r -> {
                  String id = r.pathAndQuery().substring("/api/v1/articles/".length());
                  int times = asked.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                  boolean stored = !id.equals("b-2") || times >= 3;
                  return new FakeHttp.Answer(stored ? 200 : 404, "{}");
                })) {
      FedArticles fed = new FedArticles();
      fed.addAll(List.of("a-1", "b-2"));
      fed.add("a-1");

      int stored = fed.awaitStored(client(store), Duration.ofMinutes(1));

      assertThat(fed.size()).isEqualTo(2);
      assertThat(stored).isEqualTo(2);
      assertThat(asked.get("b-2")).hasValue(3);
      assertThat(asked.get("a-1")).as("a stored article is not asked for again").hasValue(1);
    }
  }

  @Test
  void countsWhatIsStoredWhenTheTimeIsUp() throws Exception {
    try (FakeHttp store =
        new FakeHttp()
            .on(
                "/api/v1/articles/",
                r -> new FakeHttp.Answer(r.pathAndQuery().endsWith("/a-1") ? 200 : 404, "{}"))) {
      FedArticles fed = new FedArticles();
      fed.addAll(List.of("a-1", "never-stored"));

      assertThat(fed.awaitStored(client(store), Duration.ZERO)).isEqualTo(1);
    }
  }

  private static StoreClient client(FakeHttp store) {
    return new StoreClient(
        new LocalStackSettings(Path.of("unused"), 1, 2, 3, 4, 5, store.port()),
        ApiKeyFile.single("k"));
  }
}
