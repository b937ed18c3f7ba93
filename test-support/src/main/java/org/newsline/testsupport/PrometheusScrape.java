package org.newsline.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples of a Prometheus text exposition, so that tests can ask for a metric by name and
 * labels without depending on the order or the set of the other labels (common tags such as {@code
 * application} are added to every meter).
 */
public final class PrometheusScrape {

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?\\s+(\\S+)(?:\\s+\\S+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

  /** One sample line: metric name, labels, value. */
  public record Sample(String name, Map<String, String> labels, double value) {

    /** Whether every one of {@code required} is among this sample's labels with that value. */
    public boolean has(Map<String, String> required) {
      return labels.entrySet().containsAll(required.entrySet());
    }
  }

  private PrometheusScrape() {}

  /** Every sample line of {@code exposition}; comments and blank lines are skipped. */
  public static List<Sample> samples(String exposition) {
    List<Sample> samples = new ArrayList<>();
    for (String line : exposition.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException("Not a sample line: " + line);
      }
      samples.add(new Sample(m.group(1), labels(m.group(2)), Double.parseDouble(m.group(3))));
    }
    return samples;
  }

  /** The samples named {@code name} that carry all of {@code required} labels. */
  public static List<Sample> samples(String exposition, String name, Map<String, String> required) {
    return samples(exposition).stream()
        .filter(s -> s.name().equals(name) && s.has(required))
        .toList();
  }

  private static Map<String, String> labels(String text) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (text == null) {
      return labels;
    }
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      labels.put(m.group(1), m.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    return labels;
  }
}
