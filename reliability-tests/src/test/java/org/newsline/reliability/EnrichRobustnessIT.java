package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.Entity;
import org.newsline.model.Field;
import org.newsline.model.kafka.EventDeserializer;
import org.newsline.model.kafka.EventSerializer;
import org.newsline.testsupport.KafkaTestClients;

/**
 * Awkward articles straight onto {@code articles.raw}: blank after cleaning, 200 KB, no
 * punctuation, only numbers, non-English text. Each is a valid record, so each is enriched exactly
 * once (with empty lists where nothing is found, marked partial only when its time budget ran out),
 * none dead-lettered, and none costs the engine much more per token than a plain article of
 * well-formed prose does in the same run: a bound relative to the machine the test runs on, not to
 * a clock.
 */
class EnrichRobustnessIT {

  /**
   * How many times a plain article's engine time per token an awkward one may take (plus the plain
   * article's whole time, for the fixed cost of a short one): a pathological input (a quadratic
   * pass over one long sentence) is orders of magnitude slower (seen here: numbers-only text about
   * 3.5 times prose per token); the rest is noise (garbage collection, the JIT). Also the slack
   * past the time budget: one batch of 400 tokens.
   */
  private static final double SLOWER_AT_MOST = 4;

  private static final Duration WITHIN = Duration.ofSeconds(120);

  @BeforeAll
  static void stack() {
    SharedStack.get();
  }

  /** One article through the shared stack's enrich, alone: its engine time and tokens. */
  private record Took(EnrichedArticle article, long nanos, double tokens) {
    double nanosPerToken() {
      return nanos / Math.max(tokens, 1);
    }
  }

  @Test
  void awkwardArticlesAreEachEnrichedOnceWithinTheBudgetAndNoSlowerPerTokenThanPlainProse()
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    MeterRegistry meters = SharedStack.get().context("enrich").getBean(MeterRegistry.class);

    // The plain article, measured in this run on this machine after one warm-up.
    enrichAlone(meters, "warm-up-" + run, bigArticle(10_000));
    Took plain1 = enrichAlone(meters, "plain-1-" + run, bigArticle(10_000));
    Took plain2 = enrichAlone(meters, "plain-2-" + run, bigArticle(10_000));
    double plainPerToken = (plain1.nanosPerToken() + plain2.nanosPerToken()) / 2;
    long plainNanos = (plain1.nanos() + plain2.nanos()) / 2;

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

    Map<String, Took> took = new LinkedHashMap<>();
    for (var body : bodies.entrySet()) {
      took.put(body.getKey(), enrichAlone(meters, body.getKey(), body.getValue()));
    }
    System.out.printf(
        "EnrichRobustnessIT plain article: %d ms, %.0f tokens, %.3f ms/token%n",
        plainNanos / 1_000_000, plain1.tokens(), plainPerToken / 1e6);
    took.forEach(
        (id, t) ->
            System.out.printf(
                "EnrichRobustnessIT %s: %d ms, %.0f tokens, %.3f ms/token, partial=%s,"
                    + " %d entities, %d figures, %d dates%n",
                id,
                t.nanos() / 1_000_000,
                t.tokens(),
                t.nanosPerToken() / 1e6,
                t.article().enrichment().partial(),
                t.article().entities().size(),
                t.article().figures().size(),
                t.article().dates().size()));

    Duration budget =
        SharedStack.get()
            .context("enrich")
            .getEnvironment()
            .getProperty("newsline.enrich.time-budget", Duration.class, Duration.ofSeconds(30));
    for (var entry : took.entrySet()) {
      String id = entry.getKey();
      Took t = entry.getValue();
      // The engine's own bound: an article is cut short only when its time budget ran out, and
      // then says so; else it is annotated to its end.
      if (t.article().enrichment().partial()) {
        assertThat(Duration.ofNanos(t.nanos())).as(id + " partial: its time").isGreaterThan(budget);
        assertThat(t.article().enrichment().warnings())
            .as(id + " partial: its warning")
            .singleElement()
            .asString()
            .contains("time budget");
      } else {
        assertThat(t.article().enrichment().warnings()).as(id + " warnings").isEmpty();
      }
      // The budget is checked between batches of at most 400 tokens: past it, one batch more.
      assertThat(t.nanos())
          .as("%s: engine time (ns), against a budget of %s", id, budget)
          .isLessThanOrEqualTo(
              budget.toNanos() + (long) (SLOWER_AT_MOST * plainPerToken * 400) + plainNanos);
      assertThat(t.nanos())
          .as("%s: engine time (ns), against %.0f ns per token of plain prose", id, plainPerToken)
          .isLessThanOrEqualTo((long) (SLOWER_AT_MOST * plainPerToken * t.tokens()) + plainNanos);
    }
    // Short ones finish far inside any budget.
    for (String shortOne : List.of("blank-", "german-", "chinese-", "arabic-")) {
      assertThat(took.get(shortOne + run).article().enrichment().partial())
          .as(shortOne + run + " partial")
          .isFalse();
    }
    EnrichedArticle blank = took.get("blank-" + run).article();
    assertThat(blank.entities())
        .as("blank: entities, all from the title")
        .flatMap(Entity::mentions)
        .allSatisfy(m -> assertThat(m.field()).isEqualTo(Field.TITLE));
    assertThat(blank.figures()).as("blank: figures").isEmpty();
    assertThat(blank.dates()).as("blank: dates").isEmpty();
    assertThat(took.get("blank-" + run).tokens())
        .as("blank: tokens of the title alone")
        .isLessThan(10);

    // Exactly one outcome each, counted on both topics to their end offsets.
    assertThat(Pipeline.counts(Pipeline.enrichedTopic(), bodies.keySet()))
        .as("enriched records per id")
        .containsOnlyKeys(bodies.keySet())
        .allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1L));
    assertThat(Pipeline.counts(Pipeline.rawDltTopic(), bodies.keySet()))
        .as("dead letters per id")
        .isEmpty();
  }

  /**
   * Sends one article once enrich has been idle for a second, waits for its enriched record, and
   * reads the engine time and tokens enrich's meters recorded for it (the meters move before the
   * record is written); fails if enrich enriched anything else meanwhile, which would make the time
   * mean nothing.
   */
  private static Took enrichAlone(MeterRegistry meters, String id, String body) throws Exception {
    Timer duration = meters.get("enrich.duration").timer();
    AtomicLong seen = new AtomicLong(-1);
    await()
        .atMost(WITHIN)
        .pollInterval(Duration.ofMillis(200))
        .during(Duration.ofSeconds(1))
        .until(() -> seen.getAndSet(duration.count()) == duration.count());
    long count = duration.count();
    double nanos = duration.totalTime(TimeUnit.NANOSECONDS);
    double tokens = meters.get("enrich.tokens").counter().count();

    try (KafkaProducer<String, byte[]> producer =
        KafkaTestClients.bytesProducer(SharedStack.infrastructure())) {
      producer
          .send(
              new ProducerRecord<>(
                  Pipeline.rawTopic(),
                  id,
                  new EventSerializer<>().serialize(Pipeline.rawTopic(), Pipeline.raw(id, body))))
          .get();
    }
    List<ConsumerRecord<String, byte[]>> out =
        Pipeline.readMatching(
            Pipeline.enrichedTopic(),
            r -> id.equals(r.key()),
            f -> !f.isEmpty(),
            WITHIN,
            Duration.ZERO);
    assertThat(out).as(id + " enriched within " + WITHIN).isNotEmpty();
    assertThat(duration.count() - count).as("articles enriched while " + id + " was").isEqualTo(1);
    return new Took(
        new EventDeserializer<>(EnrichedArticle.class, 1)
            .deserialize(Pipeline.enrichedTopic(), out.get(0).value()),
        (long) (duration.totalTime(TimeUnit.NANOSECONDS) - nanos),
        meters.get("enrich.tokens").counter().count() - tokens);
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
