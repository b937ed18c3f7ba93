package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soak: 10,000 articles through the whole pipeline in four rounds, zero loss and zero
 * duplicates counted by id at the end, and the heap after a full GC not growing round over round.
 * Opt-in, it takes many minutes on a small machine: {@code mvn -B verify -pl reliability-tests
 * -Dit.test=SoakIT -Dnewsline.soak=true} ({@code -Dnewsline.soak.articles=...} changes the count).
 */
@EnabledIfSystemProperty(named = "newsline.soak", matches = "true")
class SoakIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] PLACES = {
    "Lyon", "Porto", "Gdansk", "Tampere", "Valencia", "Leeds"
  };
  private static final String[] PEOPLE = {
    "Claire Dubois", "Marta Nowak", "Joao Silva", "Aino Virtanen", "Lucia Romero", "Tom Briggs"
  };

  @BeforeAll
  static void stack() {
    SharedStack.get();
  }

  @Test
  void tenThousandArticlesAreStoredExactlyOnceAndTheHeapDoesNotGrow() throws Exception {
    int total = Integer.getInteger("newsline.soak.articles", 10_000);
    int rounds = 4;
    int perRound = total / rounds;
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> all = new ArrayList<>();
    List<Long> heapAfterGc = new ArrayList<>();

    for (int round = 0; round < rounds; round++) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < perRound; i++) {
        ids.add("soak-" + run + "-" + round + "-" + i);
      }
      for (int from = 0; from < ids.size(); from += 500) {
        StringBuilder ndjson = new StringBuilder();
        for (String id : ids.subList(from, Math.min(ids.size(), from + 500))) {
          int n = Math.abs(id.hashCode());
          String body =
              "About "
                  + (n % 900 + 100)
                  + " workers finished repairs to the harbour bridge in "
                  + PLACES[n % PLACES.length]
                  + " on Monday, the mayor, "
                  + PEOPLE[(n / 7) % PEOPLE.length]
                  + ", said. The work cost more than "
                  + (n % 9 + 1)
                  + " million euros, and traffic resumes on 3 June.";
          ndjson.append(Pipeline.articleJson(id, "Bridge reopens " + n, body)).append('\n');
        }
        HttpResponse<String> response = Pipeline.postNdjson(ndjson.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("accepted").asInt())
            .isEqualTo(Math.min(500, ids.size() - from));
      }
      await()
          .atMost(Duration.ofMinutes(30))
          .pollInterval(Duration.ofSeconds(5))
          .until(() -> Pipeline.storedCounts(ids).size() == ids.size());
      all.addAll(ids);
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      heapAfterGc.add(used);
      System.out.printf(
          "SoakIT round %d: %d stored, heap after GC %d MiB%n", round, all.size(), used >> 20);
    }

    assertThat(Pipeline.storedCounts(all)).as("stored").hasSize(total);
    Map<String, Long> enriched = Pipeline.enrichedCounts(all);
    assertThat(enriched).as("enriched").hasSize(total);
    assertThat(enriched.values()).as("enriched records per article").containsOnly(1L);
    // The first round warms caches; later rounds must not keep growing (25% slack for GC noise).
    long baseline = heapAfterGc.get(1);
    assertThat(heapAfterGc.get(rounds - 1))
        .as("heap after GC by round: " + heapAfterGc)
        .isLessThan(baseline + baseline / 4);
  }
}
