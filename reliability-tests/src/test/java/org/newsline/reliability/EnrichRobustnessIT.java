package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsline.model.DeadLetterHeaders;
import org.newsline.model.kafka.EventSerializer;
import org.newsline.testsupport.KafkaTestClients;

/**
 * Awkward articles straight onto {@code articles.raw}: blank after cleaning, 200 KB, no
 * punctuation, only numbers, non-English text. Each is a valid record, so each is enriched
 * (possibly with empty lists or marked partial) exactly once, none dead-lettered.
 */
class EnrichRobustnessIT {

  /** Enrich's default time budget is 30 s per article; the rest is queueing on two cores. */
  private static final Duration WITHIN = Duration.ofSeconds(120);

  @BeforeAll
  static void stack() {
    SharedStack.get();
  }

  @Test
  void awkwardArticlesAreEnrichedOrDeadLetteredWithAReasonInTime() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("blank-" + run, " \u200b\u00a0\n\n\t ");
    bodies.put("big-" + run, bigArticle(199_000));
    bodies.put("nopunct-" + run, "the council met again and talked about the bridge ".repeat(200));
    bodies.put("numbers-" + run, "12 345 6.7 8,900 1e9 0x1F -3 42% 2025 1999 ".repeat(100));
    bodies.put(
        "german-" + run,
        "Die Stadt Lyon hat am Montag die Brücke wieder geöffnet. Bürgermeisterin Claire Dubois"
            + " sagte, die Arbeiten hätten mehr als vier Millionen Euro gekostet.");
    bodies.put("chinese-" + run, "里昂市周一重新开放了这座桥。市长克莱尔·杜布瓦表示，工程耗资超过四百万欧元。");
    bodies.put(
        "arabic-" + run,
        "أعادت مدينة ليون فتح الجسر يوم الاثنين. وقالت رئيسة البلدية إن الأعمال كلفت أكثر من أربعة ملايين يورو.");

    long started = System.nanoTime();
    EventSerializer<Object> json = new EventSerializer<>();
    try (KafkaProducer<String, byte[]> producer =
        KafkaTestClients.bytesProducer(SharedStack.infrastructure())) {
      for (var body : bodies.entrySet()) {
        producer
            .send(
                new ProducerRecord<>(
                    Pipeline.rawTopic(),
                    body.getKey(),
                    json.serialize(
                        Pipeline.rawTopic(), Pipeline.raw(body.getKey(), body.getValue()))))
            .get();
      }
    }

    await()
        .atMost(WITHIN)
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> outcomes(bodies.keySet()).keySet().containsAll(bodies.keySet()));
    System.out.println(
        "EnrichRobustnessIT outcomes within "
            + Duration.ofNanos(System.nanoTime() - started).toSeconds()
            + " s");
    Map<String, List<String>> outcome = outcomes(bodies.keySet());
    System.out.println("EnrichRobustnessIT outcomes " + outcome);
    // Every one is a valid raw article: awkward text is the engine's problem, not the record's,
    // so each is enriched exactly once (possibly with empty lists or marked partial), none is
    // dead-lettered.
    for (String id : bodies.keySet()) {
      assertThat(outcome.get(id)).as(id + " has exactly one outcome").containsExactly("enriched");
    }
  }

  private static Map<String, List<String>> outcomes(java.util.Set<String> ids) {
    Map<String, List<String>> outcomes = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r :
        Pipeline.readMatching(
            Pipeline.enrichedTopic(),
            x -> ids.contains(x.key()),
            f -> false,
            Duration.ofSeconds(2),
            Duration.ZERO)) {
      outcomes.computeIfAbsent(r.key(), k -> new java.util.ArrayList<>()).add("enriched");
    }
    for (ConsumerRecord<String, byte[]> r :
        Pipeline.readMatching(
            Pipeline.rawDltTopic(),
            x -> ids.contains(x.key()),
            f -> false,
            Duration.ofSeconds(1),
            Duration.ZERO)) {
      outcomes
          .computeIfAbsent(r.key(), k -> new java.util.ArrayList<>())
          .add("dead:" + Pipeline.header(r, DeadLetterHeaders.REASON));
    }
    return outcomes;
  }

  /** A long article of varied, original sentences. */
  private static String bigArticle(int chars) {
    String[] sentences = {
      "The harbour authority in Porto said on Tuesday that 40 cranes would be replaced by 2027.",
      "Engineers from Lyon inspected the bridge, which carries about 12,000 cars a day.",
      "Marta Nowak, the council's treasurer, put the cost at 3.5 million euros.",
      "Residents complained about noise from the works for almost six months.",
      "A spokesman for the ministry declined to comment on the delay."
    };
    StringBuilder s = new StringBuilder(chars);
    int i = 0;
    while (s.length() < chars - 200) {
      s.append(sentences[i++ % sentences.length]).append(i % 7 == 0 ? "\n\n" : " ");
    }
    return s.toString();
  }
}
