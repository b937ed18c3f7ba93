package org.newsline.enrich.quality;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EngineSettings;

/**
 * Scores entities on a CoNLL-2003 file the way {@code shared/dev-sets/README.md} describes (each
 * document one article, exact spans, PER/ORG/LOC, MISC left out): the platform's engine and, in the
 * same run, bare CoreNLP configurations under it.
 *
 * <pre>
 * ./mvnw -q -pl enrich-service exec:java -Dexec.mainClass=org.newsline.enrich.quality.EntityHarness \
 *   -Dexec.args="--conll ../shared/dev-sets/conll2003/eng.testa"
 * </pre>
 *
 * Options: {@code --systems engine,bare-coarse,bare-conll4} (the default: all three), {@code
 * --errors DIR} writes each system's errors to {@code DIR/entity-errors-SYSTEM.tsv}.
 */
public final class EntityHarness {

  private EntityHarness() {}

  public static void main(String[] args) throws IOException {
    Path conll = null;
    Path errors = null;
    List<String> systems = List.of("engine", BareTagger.COARSE, BareTagger.CONLL4);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--conll" -> conll = Path.of(args[++i]);
        case "--errors" -> errors = Path.of(args[++i]);
        case "--systems" -> systems = List.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (conll == null) {
      throw new IllegalArgumentException("--conll FILE is required");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<ConllDocument> docs = ConllReader.read(conll);
    out.printf(
        Locale.ROOT,
        "%s: %d documents, %d tokens, %d PER/ORG/LOC entities%n",
        conll,
        docs.size(),
        docs.stream().mapToInt(ConllDocument::tokens).sum(),
        docs.stream().mapToInt(d -> d.gold().size()).sum());
    for (String system : systems) {
      EntityTagger tagger =
          system.equals("engine")
              ? new EngineTagger(new CoreNlpEngine(EngineSettings.defaults()))
              : new BareTagger(system);
      long t = System.nanoTime();
      EntityScore score;
      if (errors == null) {
        score = score(tagger, docs, null);
      } else {
        try (ErrorLog log = new ErrorLog(errors.resolve("entity-errors-" + system + ".tsv"))) {
          score = score(tagger, docs, log);
          out.println("  " + system + " errors: " + log.counts());
        }
      }
      out.printf(
          Locale.ROOT, "%-12s%s  (%.1f s)%n", system, score.line(), (System.nanoTime() - t) / 1e9);
    }
  }

  /** Scores {@code tagger} on {@code docs}, logging its errors when {@code log} is not null. */
  static EntityScore score(EntityTagger tagger, List<ConllDocument> docs, ErrorLog log) {
    EntityScore score = new EntityScore();
    for (ConllDocument doc : docs) {
      List<Span> predicted = new ArrayList<>(tagger.tag(doc));
      score.add(doc.gold(), predicted);
      if (log != null) {
        log.add(doc, doc.gold(), predicted);
      }
    }
    return score;
  }
}
