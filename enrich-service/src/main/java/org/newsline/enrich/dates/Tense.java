package org.newsline.enrich.dates;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause a date sits in, read off the verb group nearest to it: what decides
 * whether "Monday" is the one before or after publication ("police said on Monday", "the minister
 * will travel on Monday"). SUTime's own rule looks only two tokens either side of the date, so a
 * modal of the next clause ("said on Monday that it would") or a verb further away ("will travel to
 * Paris on Monday") misleads it.
 */
enum Tense {
  /** "said", "was arrested", "has met", "arrested on Monday" (a participle on its own). */
  PAST,
  /** "is", "are meeting", "is held": an arrangement, on or after publication. */
  PRESENT,
  /** "will", "shall", "'ll", "is going to", "plans to", "is due to". */
  FUTURE,
  /** No verb near the date, or one that does not say ("could", "would", "starting"). */
  UNKNOWN;

  /** Tokens looked at on each side of the date. */
  private static final int REACH = 10;

  private static final Set<String> CLAUSE_BOUNDARIES =
      Set.of(";", ":", "--", "``", "''", "\"", "“", "”", "-LRB-", "-RRB-");

  private static final Set<String> FUTURE_MODALS =
      Set.of("will", "wo", "shall", "'ll", "’ll", "ll");

  private static final Set<String> HAVE = Set.of("have", "has", "had", "'ve", "’ve", "'d", "’d");

  /** Words between a verb and its infinitive that keep the chain going: "is due to meet". */
  private static final Set<String> INFINITIVE_GOVERNORS =
      Set.of(
          "due",
          "set",
          "expected",
          "scheduled",
          "planned",
          "going",
          "likely",
          "about",
          "poised",
          "slated",
          "supposed",
          "hoping",
          "planning",
          "preparing");

  /**
   * The tense of the date at tokens {@code [from, to)} of {@code tokens}: the nearest verb group to
   * its left within the clause, else the nearest to its right ("On Thursday, the court fined").
   */
  static Tense around(List<CoreLabel> tokens, int from, int to) {
    boolean possessive = to < tokens.size() && POSSESSIVES.contains(tokens.get(to).word());
    // "Wednesday's speech did not announce": the date names a thing; its verb comes after
    Tense tense = possessive ? after(tokens, to + 1) : before(tokens, from);
    if (tense == null) {
      tense = possessive ? before(tokens, from) : after(tokens, to);
    }
    return tense == null ? UNKNOWN : tense;
  }

  private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");

  /** The tense of the nearest verb group left of {@code from} in the clause, or null. */
  private static Tense before(List<CoreLabel> tokens, int from) {
    for (int k = from - 1; k >= Math.max(0, from - REACH); k--) {
      if (isBoundary(tokens.get(k))) {
        break;
      }
      if (isVerb(tokens.get(k)) && !isComparison(tokens, k)) {
        return endingAt(tokens, k);
      }
    }
    return null;
  }

  /** "fewer jobs than expected", "not adopted as planned": no verb of the clause. */
  private static boolean isComparison(List<CoreLabel> tokens, int k) {
    if (k == 0 || !"VBN".equals(tokens.get(k).tag())) {
      return false;
    }
    String before = lower(tokens.get(k - 1));
    return before.equals("than") || before.equals("as");
  }

  /** The tense of the nearest verb group from {@code from} on in the clause, or null. */
  private static Tense after(List<CoreLabel> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + REACH); k++) {
      if (isBoundary(tokens.get(k))) {
        break;
      }
      if (isVerb(tokens.get(k))) {
        return of(groupFrom(tokens, k));
      }
    }
    return null;
  }

  /** The tense of the verb group whose last word is at {@code k}. */
  private static Tense endingAt(List<CoreLabel> tokens, int k) {
    int first = k;
    while (first > 0 && isInGroup(tokens.get(first - 1))) {
      first--;
    }
    List<CoreLabel> group = new ArrayList<>();
    for (int i = first; i <= k; i++) {
      if (isVerb(tokens.get(i))) {
        group.add(tokens.get(i));
      }
    }
    if (first > 0 && "TO".equals(tokens.get(first - 1).tag())) {
      return infinitive(tokens, first - 1);
    }
    return of(group);
  }

  /** "is due to meet", "plans to meet": future from a present or future governor, else unknown. */
  private static Tense infinitive(List<CoreLabel> tokens, int to) {
    int k = to - 1;
    if (k >= 0 && INFINITIVE_GOVERNORS.contains(lower(tokens.get(k))) && !isVerb(tokens.get(k))) {
      k--; // "due", "likely": an adjective between the verb and "to"
    }
    if (k < 0 || !isVerb(tokens.get(k))) {
      return UNKNOWN;
    }
    Tense governor = endingAt(tokens, k);
    return governor == PRESENT || governor == FUTURE ? FUTURE : UNKNOWN;
  }

  private static List<CoreLabel> groupFrom(List<CoreLabel> tokens, int k) {
    List<CoreLabel> group = new ArrayList<>();
    for (int i = k; i < tokens.size() && isInGroup(tokens.get(i)); i++) {
      if (isVerb(tokens.get(i))) {
        group.add(tokens.get(i));
      }
    }
    return group;
  }

  /** The tense of a verb group, its verbs in order. */
  static Tense of(List<CoreLabel> group) {
    if (group.isEmpty()) {
      return UNKNOWN;
    }
    boolean perfect = false;
    for (int i = 0; i < group.size() - 1; i++) {
      perfect |= HAVE.contains(lower(group.get(i))) && "VBN".equals(group.get(i + 1).tag());
    }
    CoreLabel head = group.get(0);
    String tag = head.tag();
    if ("MD".equals(tag)) {
      return FUTURE_MODALS.contains(lower(head)) && !perfect ? FUTURE : UNKNOWN;
    }
    if ("VBN".equals(tag) && group.size() == 1) {
      // "the man arrested on Monday", but "the final scheduled for Saturday"
      return ARRANGED.contains(lower(head)) ? PRESENT : PAST;
    }
    if (perfect || "VBD".equals(tag)) {
      return PAST;
    }
    if ("VBZ".equals(tag) || "VBP".equals(tag)) {
      // "prices rose in January, official figures show": the report's tense, not the event's
      return REPORTING.contains(lower(head)) ? UNKNOWN : PRESENT;
    }
    return UNKNOWN;
  }

  /**
   * Participles that, on their own before a date, arrange it: "the election, expected on 5 May".
   */
  private static final Set<String> ARRANGED =
      Set.of(
          "expected",
          "scheduled",
          "planned",
          "set",
          "slated",
          "tipped",
          "due",
          "billed",
          "timetabled",
          "pencilled",
          "penciled",
          "booked",
          "earmarked",
          "proposed");

  /**
   * Verbs of saying and showing, in the present: they tell when it is reported, not when it was.
   */
  private static final Set<String> REPORTING =
      Set.of(
          "say",
          "says",
          "show",
          "shows",
          "suggest",
          "suggests",
          "report",
          "reports",
          "claim",
          "claims",
          "tell",
          "tells",
          "add",
          "adds",
          "note",
          "notes",
          "argue",
          "argues",
          "insist",
          "insists",
          "warn",
          "warns",
          "believe",
          "believes",
          "think",
          "thinks",
          "estimate",
          "estimates",
          "reveal",
          "reveals",
          "indicate",
          "indicates",
          "confirm",
          "confirms",
          "admit",
          "admits",
          "predict",
          "predicts",
          "write",
          "writes");

  private static boolean isInGroup(CoreLabel t) {
    String tag = t.tag();
    return isVerb(t) || "RB".equals(tag) || "n't".equals(lower(t));
  }

  private static boolean isVerb(CoreLabel t) {
    String tag = t.tag();
    return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
  }

  private static boolean isBoundary(CoreLabel t) {
    return CLAUSE_BOUNDARIES.contains(t.word()) || CLAUSE_BOUNDARIES.contains(t.tag());
  }

  private static String lower(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
