import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares language detectors on the enrich service's fixtures and on the corpus (every article
 * English): start-up, heap, fixture accuracy, non-English verdicts on whole articles, on titles
 * alone and on short body prefixes, and CPU time per article on a bounded prefix (the calling
 * thread's, so that the load of a shared machine counts less). The bare libraries'
 * verdicts, without the project's floors. Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -f docs/language/pom.xml dependency:build-classpath -Dmdep.outputFile=/tmp/lang-cp.txt
 * for d in opennlp optimaize lingua-low lingua; do
 *   java -Xmx3g -cp "$(cat /tmp/lang-cp.txt)" docs/language/DetectorComparison.java $d 1000; done
 * </pre>
 */
public class DetectorComparison {

  interface Detector {
    /** An ISO 639-1 code, or "-" when the library abstains. */
    String detect(String text);
  }

  private static final Map<String, String> ISO3 = new HashMap<>();

  static {
    for (String c : Locale.getISOLanguages()) {
      ISO3.put(new Locale(c).getISO3Language(), c);
    }
    ISO3.put("cmn", "zh");
  }

  static Detector make(String name) throws Exception {
    switch (name) {
      case "lingua", "lingua-low" -> {
        var builder = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromAllLanguages();
        if (name.equals("lingua-low")) {
          builder = builder.withLowAccuracyMode();
        }
        var d = builder.withPreloadedLanguageModels().build();
        return t -> {
          var l = d.detectLanguageOf(t);
          return l == com.github.pemistahl.lingua.api.Language.UNKNOWN
              ? "-"
              : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        };
      }
      case "opennlp" -> {
        opennlp.tools.langdetect.LanguageDetectorModel m;
        try (InputStream in = DetectorComparison.class.getResourceAsStream("/langdetect-183.bin")) {
          m = new opennlp.tools.langdetect.LanguageDetectorModel(in);
        }
        var d = new opennlp.tools.langdetect.LanguageDetectorME(m);
        return t -> {
          String l = d.predictLanguage(t).getLang();
          return ISO3.getOrDefault(l, l);
        };
      }
      case "optimaize" -> {
        var profiles = new com.optimaize.langdetect.profiles.LanguageProfileReader().readAllBuiltIn();
        var d =
            com.optimaize.langdetect.LanguageDetectorBuilder.create(
                    com.optimaize.langdetect.ngram.NgramExtractors.standard())
                .withProfiles(profiles)
                .build();
        var f = com.optimaize.langdetect.text.CommonTextObjectFactories.forDetectingOnLargeText();
        return t -> {
          var r = d.detect(f.forText(t));
          return r.isPresent() ? r.get().getLanguage() : "-";
        };
      }
      default -> throw new IllegalArgumentException(name);
    }
  }

  static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  public static void main(String[] args) throws Exception {
    String name = args[0];
    int prefix = Integer.parseInt(args[1]);
    long heap0 = usedHeap();
    long t0 = System.nanoTime();
    Detector d = make(name);
    d.detect("warm up the models with a sentence");
    long startMs = (System.nanoTime() - t0) / 1_000_000;
    long heap = usedHeap() - heap0;

    int right = 0;
    int decidable = 0;
    List<String> notes = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            Path.of(
                "enrich-service/src/test/resources/org/newsline/enrich/language/fixtures.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String text = f[1].isEmpty() ? f[2] : f[1] + "\n\n" + f[2];
      String got = d.detect(text);
      if (f[0].equals("-")) {
        notes.add("  undecidable fixture -> " + got + ": " + text);
        continue;
      }
      decidable++;
      if (got.equals(f[0])) {
        right++;
      } else {
        notes.add("  want " + f[0] + ", got " + got + ": " + text);
      }
    }

    ObjectMapper om = new ObjectMapper();
    List<String> titles = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (String file :
        new String[] {
          "../shared/corpus/bbc_news_fulltext.ndjson", "../shared/corpus/ukraine_crisis_news.ndjson"
        }) {
      for (String line : Files.readAllLines(Path.of(file))) {
        JsonNode j = om.readTree(line);
        titles.add(j.get("title").asText());
        bodies.add(j.get("body").asText());
      }
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      String t = titles.get(i) + "\n\n" + bodies.get(i);
      texts.add(t.length() > prefix ? t.substring(0, prefix) : t);
    }
    texts.forEach(d::detect);
    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long s = cpu.getCurrentThreadCpuTime();
    int foreign = 0;
    for (String t : texts) {
      String g = d.detect(t);
      if (!g.equals("en") && !g.equals("-")) {
        foreign++;
      }
    }
    double msPerArticle = (cpu.getCurrentThreadCpuTime() - s) / 1e6 / texts.size();
    StringBuilder shortText = new StringBuilder();
    for (int n : new int[] {0, 40, 60, 100, 200}) {
      int other = 0;
      int abstain = 0;
      for (int i = 0; i < titles.size(); i++) {
        String b = bodies.get(i);
        String g = d.detect(n == 0 ? titles.get(i) : b.substring(0, Math.min(n, b.length())));
        if (g.equals("-")) {
          abstain++;
        } else if (!g.equals("en")) {
          other++;
        }
      }
      shortText.append(
          String.format(
              Locale.ROOT,
              "%n  %s: called another language %d, abstained %d",
              n == 0 ? "titles alone" : "first " + n + " chars of the body",
              other,
              abstain));
    }
    System.out.printf(
        Locale.ROOT,
        "%s, prefix %d: start %d ms, heap %.0f MB, fixtures %d/%d, corpus %d articles called"
            + " another language %d, %.2f ms CPU/article%s%n",
        name,
        prefix,
        startMs,
        heap / 1e6,
        right,
        decidable,
        texts.size(),
        foreign,
        msPerArticle,
        shortText);
    notes.forEach(System.out::println);
  }
}
