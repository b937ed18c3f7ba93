package org.newsline.enrich.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsline.model.Field;
import org.newsline.model.Qualifier;
import org.newsline.model.json.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * Microsoft Recognizers-Text's English specs ({@code Specs/NumberWithUnit/English/*.json} and
 * {@code Specs/Number/English/NumberRangeModel.json}, read from {@code ../shared}, never copied) as
 * figure cases. Only what means the same in both conventions is scored: money (value and currency),
 * dimensions, ages and temperatures (value and unit), percentages, and number ranges (bounds; a
 * one-sided bound as a value with its qualifier). Their bare numbers and ordinals are left out: an
 * ordinal is never a figure here, and a bare number is one only when it counts something. Each
 * input is one article body; the whole input is annotated. Money in a minor unit ("19 cents") is
 * scored in the major unit (0.19 USD), as the engine gives it.
 */
final class RecognizersCases {

  /** A spec file, the name printed for it, and which kinds of found figure it annotates. */
  record Spec(String file, String name, Set<String> kinds, boolean money) {}

  static final List<Spec> SPECS =
      List.of(
          new Spec("CurrencyModel.json", "currency", Set.of("MONEY"), true),
          new Spec("DimensionModel.json", "dimension", Set.of("COUNT", "MEASURE", "NUMBER"), false),
          new Spec("AgeModel.json", "age", Set.of("COUNT", "MEASURE", "NUMBER"), false),
          new Spec(
              "TemperatureModel.json", "temperature", Set.of("COUNT", "MEASURE", "NUMBER"), false),
          new Spec("PercentModel.json", "percent", Set.of("PERCENT"), false),
          new Spec("NumberRangeModel.json", "numberrange", Set.of(), false));

  private static final Set<String> MINOR_UNITS = Set.of("cent", "pence", "penny", "sen");
  private static final Pattern INTERVAL =
      Pattern.compile("([\\[(])\\s*(-?[\\d.]*)\\s*,\\s*(-?[\\d.]*)\\s*([\\])])");

  private RecognizersCases() {}

  static List<FigureCase> load(Path dir, Spec spec) throws IOException {
    JsonNode root = EventJson.mapper().readTree(Files.readString(dir.resolve(spec.file())));
    List<FigureCase> cases = new ArrayList<>();
    int n = 0;
    for (JsonNode c : root) {
      String input = c.get("Input").asString();
      List<FigureCase.Expected> expected = new ArrayList<>();
      for (JsonNode r : c.get("Results")) {
        FigureCase.Expected e = expected(spec, r);
        if (e != null) {
          expected.add(e);
        }
      }
      cases.add(
          new FigureCase(
              spec.name(),
              spec.name() + "-" + n++,
              "",
              input,
              List.of(new FigureCase.Region(Field.BODY, 0, input.length())),
              expected));
    }
    return cases;
  }

  private static FigureCase.Expected expected(Spec spec, JsonNode r) {
    int start = r.get("Start").asInt();
    int end = r.get("End").asInt() + 1; // inclusive there
    JsonNode res = r.get("Resolution");
    String value = res.path("value").asString("");
    if (spec.name().equals("numberrange")) {
      Matcher m = INTERVAL.matcher(value);
      if (!m.matches()) {
        return null;
      }
      String lo = m.group(2);
      String hi = m.group(3);
      if (!lo.isEmpty() && !hi.isEmpty()) {
        double l = Double.parseDouble(lo);
        double h = Double.parseDouble(hi);
        return new FigureCase.Expected(
            Field.BODY, start, end, l, h, null, l == h ? Qualifier.EXACT : Qualifier.RANGE, null);
      }
      if (!lo.isEmpty()) {
        double l = Double.parseDouble(lo);
        Qualifier q = m.group(1).equals("(") ? Qualifier.MORE_THAN : Qualifier.AT_LEAST;
        return new FigureCase.Expected(Field.BODY, start, end, l, l, null, q, null);
      }
      if (!hi.isEmpty()) {
        double h = Double.parseDouble(hi);
        Qualifier q = m.group(4).equals(")") ? Qualifier.LESS_THAN : Qualifier.AT_MOST;
        return new FigureCase.Expected(Field.BODY, start, end, h, h, null, q, null);
      }
      return null;
    }
    if (value.isEmpty()) {
      return null;
    }
    double v;
    try {
      v = Double.parseDouble(value.replace("%", "").replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
    String unitName = res.path("unit").asString(null);
    String unit;
    if (spec.name().equals("percent")) {
      unit = "percent";
    } else if (spec.name().equals("temperature")) {
      unit =
          switch (unitName == null ? "" : unitName) {
            case "C" -> "celsius";
            case "F" -> "fahrenheit";
            default -> UnitNames.canonical(unitName, false);
          };
    } else {
      unit = UnitNames.canonical(unitName, spec.money());
      if (spec.money()
          && unitName != null
          && MINOR_UNITS.contains(unitName.toLowerCase(Locale.ROOT))) {
        v /= 100;
      }
    }
    return new FigureCase.Expected(Field.BODY, start, end, v, v, unit, null, null);
  }
}
