package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.enrich.figures.HandTokens.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.model.Qualifier;

/** The qualifier words around an amount, on tokens built by hand. */
class QualifiersTest {

  @Test
  void readsTheWordsBeforeAnAmount() {
    List<CoreLabel> t = tokens("at/IN least/JJS 50/CD people/NNS");
    assertThat(Qualifiers.before(t, 2)).isEqualTo(new Qualifiers.Found(Qualifier.AT_LEAST, 0));
  }

  @Test
  void readsAVerbOfExceedingBeforeAnAmountAsMoreThan() {
    List<CoreLabel> t = tokens("sales/NNS will/MD exceed/VB 25bn/CD");
    assertThat(Qualifiers.before(t, 3)).isEqualTo(new Qualifiers.Found(Qualifier.MORE_THAN, 2));
    List<CoreLabel> past = tokens("it/PRP surpassed/VBD $/$ 3m/CD");
    assertThat(Qualifiers.before(past, 2)).isEqualTo(new Qualifiers.Found(Qualifier.MORE_THAN, 1));
  }

  @Test
  void readsTwoWordsAfterAnAmountThatBoundIt() {
    List<CoreLabel> more = tokens("about/IN 500/CD or/CC more/JJR people/NNS");
    assertThat(Qualifiers.after(more, 1)).isEqualTo(new Qualifiers.After(Qualifier.AT_LEAST, 3));
    List<CoreLabel> under = tokens("aged/JJ 12/CD and/CC Under/IN");
    assertThat(Qualifiers.after(under, 1)).isEqualTo(new Qualifiers.After(Qualifier.AT_MOST, 3));
  }

  @Test
  void findsNoBoundInOtherWordsOrAtTheEndOfTheSentence() {
    assertThat(Qualifiers.after(tokens("three/CD or/CC four/CD cars/NNS"), 0)).isNull();
    assertThat(Qualifiers.after(tokens("rose/VBD 5/CD or/CC"), 1)).isNull();
    assertThat(Qualifiers.after(tokens("rose/VBD 5/CD"), 1)).isNull();
    List<CoreLabel> than = tokens("more/JJR than/IN 10/CD and/CC less/JJR than/IN 40/CD");
    assertThat(Qualifiers.after(than, 2)).isNull();
    List<CoreLabel> below = tokens("above/IN 1000/CD and/CC below/IN 1500/CD");
    assertThat(Qualifiers.after(below, 1)).isNull();
  }
}
