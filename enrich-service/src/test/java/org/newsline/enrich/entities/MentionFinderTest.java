package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.model.EntityType;
import org.newsline.model.Field;

/** Mentions found in hand-tagged tokens, without loading CoreNLP. */
class MentionFinderTest {

  private static final MentionFinder FINDER = new MentionFinder(Gazetteer.load());

  /**
   * Tokens written "word/TAG/NER", separated by a space; a token written with a leading "~" follows
   * the one before it without a space ("RFE ~//HYPH/O ~RL/NNP/LOCATION").
   */
  private static List<RawMention> find(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String written : tagged.split(" ")) {
      boolean glued = written.startsWith("~");
      String w = glued ? written.substring(1) : written;
      int nerSlash = w.lastIndexOf('/');
      int tagSlash = w.lastIndexOf('/', nerSlash - 1);
      if (!glued && text.length() > 0) {
        text.append(' ');
      }
      CoreLabel t = new CoreLabel();
      t.setWord(w.substring(0, tagSlash));
      t.setTag(w.substring(tagSlash + 1, nerSlash));
      t.setNER(w.substring(nerSlash + 1));
      t.setIndex(tokens.size() + 1);
      t.setBeginPosition(text.length());
      text.append(t.word());
      t.setEndPosition(text.length());
      tokens.add(t);
    }
    return FINDER.find(tokens, Field.BODY, text.toString());
  }

  @Test
  void leavesTheTaggersOrganisationNamedAfterAListedPlace() {
    assertThat(find("Cardiff/NNP/ORGANIZATION were/VBD/O relegated/VBN/O ././O"))
        .extracting(RawMention::text, RawMention::type, RawMention::evidence)
        .containsExactly(tuple("Cardiff", EntityType.ORGANIZATION, Evidence.TAGGER));
  }

  @Test
  void letsTheGazetteerTypeAListedPlaceTheTaggerCalledMisc() {
    assertThat(find("in/IN/O Cardiff/NNP/MISC ././O"))
        .extracting(RawMention::text, RawMention::type, RawMention::evidence)
        .containsExactly(tuple("Cardiff", EntityType.LOCATION, Evidence.GAZETTEER));
  }

  @Test
  void marksAPlaceTheGazetteerConfirmsAsListed() {
    assertThat(find("in/IN/O Cardiff/NNP/LOCATION ././O"))
        .extracting(RawMention::type, RawMention::evidence)
        .containsExactly(tuple(EntityType.LOCATION, Evidence.LISTED));
  }

  @Test
  void readsAListedOrganisationTheTaggerSplitIntoTwoTypesAsOneName() {
    assertThat(
            find(
                "from/IN/O RFE/NNP/ORGANIZATION ~//HYPH/O ~RL/NNP/LOCATION ~’s/POS/O"
                    + " desk/NN/O"))
        .extracting(RawMention::text, RawMention::type)
        .containsExactly(tuple("RFE/RL", EntityType.ORGANIZATION));
  }

  @Test
  void startsANameAfterTheNounThatDescribesItInsideATaggedRun() {
    assertThat(
            find(
                "The/DT/O Telegram/NNP/ORGANIZATION channel/NN/ORGANIZATION"
                    + " Vorota/NNP/ORGANIZATION reported/VBD/O"))
        .extracting(RawMention::text, RawMention::type, RawMention::evidence)
        .containsExactly(tuple("Vorota", EntityType.ORGANIZATION, Evidence.CONTEXT));
  }

  @Test
  void takesAPluralVerbAfterTheTaggersOrganisationAsContext() {
    assertThat(find("Chelsea/NNP/ORGANIZATION have/VBP/O sacked/VBN/O their/PRP$/O coach/NN/O"))
        .extracting(RawMention::type, RawMention::evidence)
        .containsExactly(tuple(EntityType.ORGANIZATION, Evidence.CONTEXT));
  }

  @Test
  void keepsTheFirstWordOfANameWhenTheTaggerStartedItAtTheConnector() {
    assertThat(
            find(
                "Transport/NN/O for/IN/ORGANIZATION London/NNP/ORGANIZATION said/VBD/O"
                    + " fares/NNS/O"))
        .extracting(RawMention::text, RawMention::type)
        .containsExactly(tuple("Transport for London", EntityType.ORGANIZATION));
  }

  @Test
  void keepsACapitalisedTheTheTaggerTookInMidSentence() {
    assertThat(
            find("at/IN/O The/DT/LOCATION Oval/NNP/LOCATION and/CC/O the/DT/O Hague/NNP/LOCATION"))
        .extracting(RawMention::text)
        .containsExactly("The Oval", "Hague");
  }

  @Test
  void keepsAClosingBracketOpenedInsideTheName() {
    assertThat(
            find(
                "Buducnost/NNP/ORGANIZATION (/-LRB-/ORGANIZATION V/NNP/ORGANIZATION"
                    + " )/-RRB-/ORGANIZATION won/VBD/O"))
        .extracting(RawMention::text)
        .containsExactly("Buducnost ( V )");
  }

  @Test
  void keepsASurnameParticleAndASurnameThatIsATitle() {
    assertThat(
            find(
                "Aravinda/NNP/PERSON de/FW/PERSON Silva/NNP/PERSON and/CC/O King/NNP/PERSON"
                    + " met/VBD/O President/NNP/PERSON Clinton/NNP/PERSON"))
        .extracting(RawMention::text)
        .containsExactly("Aravinda de Silva", "King", "Clinton");
  }

  @Test
  void keepsASentenceInitialFirstNameTheTaggerCalledAnAdjective() {
    assertThat(find("Andreas/JJ/PERSON Seelig/NNP/PERSON (/-LRB-/O Germany/NNP/LOCATION )/-RRB-/O"))
        .extracting(RawMention::text, RawMention::type)
        .containsExactly(
            tuple("Andreas Seelig", EntityType.PERSON), tuple("Germany", EntityType.LOCATION));
  }

  @Test
  void readsNoAppositionIntoAReportingClauseOrADescriptionOfAPerson() {
    assertThat(find("in/IN/O Tianjin/NNP/LOCATION ,/,/O the/DT/O newspaper/NN/O said/VBD/O"))
        .extracting(RawMention::type)
        .containsExactly(EntityType.LOCATION);
    assertThat(
            find(
                "billionaire/NN/O Ross/NNP/PERSON Perot/NNP/PERSON ,/,/O the/DT/O"
                    + " Reform/NNP/ORGANIZATION Party/NNP/ORGANIZATION candidate/NN/O"))
        .extracting(RawMention::text, RawMention::type)
        .containsExactly(
            tuple("Ross Perot", EntityType.PERSON), tuple("Reform Party", EntityType.ORGANIZATION));
  }

  @Test
  void readsAnUntaggedCountryAcronymAsAPlace() {
    assertThat(
            find(
                "Colin/NNP/PERSON Powell/NNP/PERSON ,/,/O US/NNP/O Secretary/NNP/O of/IN/O"
                    + " State/NNP/O ,/,/O and/CC/O AP/NNP/O"))
        .extracting(RawMention::text, RawMention::type)
        .containsExactly(
            tuple("Colin Powell", EntityType.PERSON),
            tuple("US", EntityType.LOCATION),
            tuple("AP", EntityType.ORGANIZATION));
  }
}
