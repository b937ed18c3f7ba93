package org.newsline.enrich.engine;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.AnnotatorPool;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Lazy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.LongSupplier;
import org.newsline.enrich.dates.DateExtractor;
import org.newsline.enrich.entities.EntityCollector;
import org.newsline.enrich.entities.Gazetteer;
import org.newsline.enrich.figures.FigureExtractor;
import org.newsline.model.DateMention;
import org.newsline.model.Enrichment;
import org.newsline.model.Entity;
import org.newsline.model.Field;
import org.newsline.model.Figure;
import org.newsline.model.Mention;
import org.newsline.model.RawArticle;

/**
 * The Stanford CoreNLP engine: {@code tokenize,ssplit} then {@code pos,lemma,ner} with coarse NER
 * and without SUTime (the expensive part of the default NER), then SUTime on just the sentences
 * that can hold a date. Title and body are annotated separately so every offset is an offset into
 * its own field. Thread-safe (CoreNLP's annotators keep no state between calls), but the service
 * gives each consumer thread an engine of its own ({@link #withOwnModels}, {@link EnginePool}).
 * Constructing one loads the models (seconds); do it once, never per article.
 */
public final class CoreNlpEngine implements EnrichmentEngine {

  public static final String ENGINE = "stanford-corenlp";
  public static final String ENGINE_VERSION = "4.5.10";

  /**
   * The CoNLL CRF (PERSON, ORGANIZATION, LOCATION, MISC) alone: on the CoNLL-2003 development part
   * it is both more accurate than CoreNLP's default three CRFs and, without the 3-class model run
   * before it, faster (docs/quality.md, Entities).
   */
  public static final String NER_MODELS =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** Sentences tagged per batch; the time budget is checked between batches. */
  private static final int BATCH_TOKENS = 400;

  private final EngineSettings settings;
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final DateExtractor dates;
  private final FigureExtractor figures;
  private final Gazetteer gazetteer;
  private final LongSupplier nanoClock;

  /**
   * An engine that shares its models with every other engine and pipeline of the same properties in
   * this JVM: CoreNLP caches annotators by name and properties, and a second {@code
   * StanfordCoreNLP} reuses the first one's. Cheap after the first; use {@link #withOwnModels} for
   * an engine per thread.
   */
  public CoreNlpEngine(EngineSettings settings) {
    this(settings, false, System::nanoTime);
  }

  /** An engine sharing its models, whose time budget runs on {@code nanoClock} (for tests). */
  CoreNlpEngine(EngineSettings settings, LongSupplier nanoClock) {
    this(settings, false, nanoClock);
  }

  /**
   * An engine with CoreNLP models of its own (the tagger, lemmatiser and NER classifiers, loaded
   * afresh, outside CoreNLP's annotator cache): one per consumer thread, so that no two threads
   * share an annotator. Loads for several seconds and holds a few hundred MB.
   */
  public static CoreNlpEngine withOwnModels(EngineSettings settings) {
    return new CoreNlpEngine(settings, true, System::nanoTime);
  }

  private CoreNlpEngine(EngineSettings settings, boolean ownModels, LongSupplier nanoClock) {
    this.settings = settings;
    this.nanoClock = nanoClock;
    this.splitter = new StanfordCoreNLP(splitterProperties());
    Properties taggerProperties = taggerProperties();
    this.tagger =
        ownModels
            ? new StanfordCoreNLP(taggerProperties, false, ownAnnotators(taggerProperties))
            : new StanfordCoreNLP(taggerProperties);
    this.dates = new DateExtractor();
    this.figures = new FigureExtractor();
    this.gazetteer = Gazetteer.load();
  }

  /** {@code tokenize,ssplit}; a blank line always ends a sentence (headlines, captions). */
  public static Properties splitterProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.language", "en");
    return p;
  }

  /** {@code pos,lemma,ner} with coarse types, numeric normalisation, no SUTime. */
  public static Properties taggerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "pos,lemma,ner");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.applyFineGrained", "false");
    // One of CoreNLP's three default CRFs: the MUC model adds DATE/TIME/MONEY/PERCENT, which the
    // numeric classifiers and SUTime give us anyway, and the 3-class model's guesses lose to the
    // CoNLL model's on news.
    p.setProperty("ner.model", NER_MODELS);
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.applyNumericClassifiers", "true");
    return p;
  }

  /**
   * The tagger's annotators built as CoreNLP's default pool builds them (same factories, same
   * properties), in a pool of their own instead of the JVM-wide cache.
   */
  private static AnnotatorPool ownAnnotators(Properties properties) {
    AnnotatorImplementations factories = new AnnotatorImplementations();
    AnnotatorPool pool = new AnnotatorPool();
    pool.register("pos", properties, Lazy.cache(() -> factories.posTagger(properties)));
    pool.register("lemma", properties, Lazy.cache(() -> factories.morpha(properties, false)));
    pool.register("ner", properties, Lazy.cache(() -> factories.ner(properties)));
    return pool;
  }

  /** The pos/lemma/ner pipeline (for tests that check which annotators it holds). */
  StanfordCoreNLP tagger() {
    return tagger;
  }

  public EngineSettings settings() {
    return settings;
  }

  @Override
  public EnrichmentResult enrich(RawArticle raw) {
    settings.requireWithinLimit(raw);
    long deadline = nanoClock.getAsLong() + settings.timeBudget().toNanos();
    String docDate = DateExtractor.documentDate(raw.publishedAt());
    EntityCollector entities = new EntityCollector(gazetteer);
    List<Figure> foundFigures = new ArrayList<>();
    List<DateMention> foundDates = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int tokens = 0;
    for (Field field : List.of(Field.TITLE, Field.BODY)) {
      String text = field == Field.TITLE ? raw.title() : raw.body();
      if (text.isBlank()) {
        continue;
      }
      String tagged = TitleCase.recase(text, raw.body());
      Annotation doc = new Annotation(tagged);
      splitter.annotate(doc);
      List<CoreMap> sentences = Sentences.bounded(doc, tagged, settings.maxSentenceTokens());
      int next = 0;
      while (next < sentences.size()) {
        if (nanoClock.getAsLong() > deadline) {
          int at = sentences.get(next).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          warnings.add(
              "time budget of "
                  + settings.timeBudget().toMillis()
                  + " ms ran out: "
                  + field.json()
                  + " annotated only up to character "
                  + at
                  + " of "
                  + text.length()
                  + (field == Field.TITLE ? "; body not annotated" : ""));
          break;
        }
        List<CoreMap> batch = new ArrayList<>();
        int batchTokens = 0;
        while (next < sentences.size() && (batch.isEmpty() || batchTokens < BATCH_TOKENS)) {
          CoreMap s = sentences.get(next++);
          batch.add(s);
          batchTokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        tagger.annotate(Sentences.annotationOf(tagged, batch));
        tokens += batchTokens;
        for (CoreMap sentence : batch) {
          List<CoreLabel> sentenceTokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
          entities.add(sentenceTokens, field, text);
          foundFigures.addAll(figures.extract(sentenceTokens, field, text));
          if (DateExtractor.mayHoldDate(sentenceTokens)) {
            foundDates.addAll(dates.extract(sentence, field, text, docDate));
          }
        }
      }
      if (!warnings.isEmpty()) {
        break;
      }
    }
    List<Entity> merged = entities.entities();
    dropNumbersInsideNames(foundFigures, merged);
    Enrichment enrichment =
        new Enrichment(
            ENGINE, ENGINE_VERSION, settings.pipelineVersion(), !warnings.isEmpty(), warnings);
    return new EnrichmentResult(enrichment, merged, foundFigures, foundDates, tokens);
  }

  /**
   * "Six Nations titles": where the tagger once saw "Six Nations" as a name, the number at the
   * start of the same words elsewhere in the article is part of that name, not an amount.
   */
  private static void dropNumbersInsideNames(List<Figure> figures, List<Entity> entities) {
    Set<String> names = new HashSet<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.text().indexOf(' ') > 0) {
          names.add(m.text());
        }
      }
    }
    figures.removeIf(
        f ->
            names.stream()
                .anyMatch(
                    n ->
                        f.text().startsWith(n + " ")
                            || n.startsWith(f.text() + " ")
                            || n.equals(f.text())));
  }
}
