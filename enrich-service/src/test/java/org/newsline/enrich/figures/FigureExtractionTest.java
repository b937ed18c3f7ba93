package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.SharedEngine;
import org.newsline.model.Direction;
import org.newsline.model.Field;
import org.newsline.model.Figure;
import org.newsline.model.FigureKind;
import org.newsline.model.Qualifier;
import org.newsline.model.RawArticle;

/** Figures through the real engine, over the project's own sentences. */
class FigureExtractionTest {

  private static List<Figure> figures(String body) {
    RawArticle raw = SharedEngine.article("", body);
    List<Figure> figures = SharedEngine.get().enrich(raw).figures();
    for (Figure f : figures) {
      String field = f.field() == Field.TITLE ? raw.title() : raw.body();
      assertThat(field.substring(f.start(), f.end())).isEqualTo(f.text());
    }
    return figures;
  }

  @Test
  void readsDigitsWithTheCountedNounPhrase() {
    assertThat(figures("The garrison lost 1,010 soldiers and 12 contract soldiers last winter."))
        .extracting(Figure::text, Figure::kind, Figure::value, Figure::qualifier, Figure::unit)
        .containsExactly(
            tuple("1,010 soldiers", FigureKind.COUNT, 1010.0, Qualifier.EXACT, "soldiers"),
            tuple(
                "12 contract soldiers",
                FigureKind.COUNT,
                12.0,
                Qualifier.EXACT,
                "contract soldiers"));
  }

  @Test
  void readsNumberWordsIncludingTitleCaseHeadlines() {
    RawArticle raw =
        SharedEngine.article(
            "Two Hundred Sailors Refuse Orders at Northern Harbour",
            "The crew said that two conscripts had fled. Two hundred sailors refuse orders in"
                + " the northern harbour, an official said.");
    List<Figure> figures = SharedEngine.get().enrich(raw).figures();
    // The unit stays as written (the headline's capital included); the normalised unit names the
    // counted noun the same way in the headline and the body.
    assertThat(figures)
        .extracting(Figure::field, Figure::value, Figure::unit, Figure::unitNormalized)
        .containsExactly(
            tuple(Field.TITLE, 200.0, "Sailors", "sailor"),
            tuple(Field.BODY, 2.0, "conscripts", "conscript"),
            tuple(Field.BODY, 200.0, "sailors", "sailor"));
  }

  @Test
  void readsPercentagesAndMoneyWithTheirKind() {
    assertThat(
            figures(
                "Turnout fell to 80% while about 10 percent abstained. The port will cost"
                    + " $2.5bn and the city paid 3 million rubles."))
        .extracting(Figure::kind, Figure::value, Figure::qualifier, Figure::unit)
        .containsExactly(
            tuple(FigureKind.PERCENT, 80.0, Qualifier.EXACT, "percent"),
            tuple(FigureKind.PERCENT, 10.0, Qualifier.APPROXIMATE, "percent"),
            tuple(FigureKind.MONEY, 2.5e9, Qualifier.EXACT, "USD"),
            tuple(FigureKind.MONEY, 3_000_000.0, Qualifier.EXACT, "RUB"));
  }

  @Test
  void readsEveryQualifier() {
    assertThat(
            figures(
                "Approximately 40 medics arrived. Around 30 drivers waited. About 20 cooks left."
                    + " At least 700 recruits signed. As many as 90 guards quit. Up to 40 tanks"
                    + " moved. No more than 1,000 men stayed. More than 60 officers resigned."
                    + " Over one million troops mobilised. Fewer than 20 pilots flew. Less than"
                    + " 15 boats sailed. Under 50 cadets graduated."))
        .extracting(Figure::value, Figure::qualifier, Figure::unit)
        .containsExactly(
            tuple(40.0, Qualifier.APPROXIMATE, "medics"),
            tuple(30.0, Qualifier.APPROXIMATE, "drivers"),
            tuple(20.0, Qualifier.APPROXIMATE, "cooks"),
            tuple(700.0, Qualifier.AT_LEAST, "recruits"),
            tuple(90.0, Qualifier.AT_MOST, "guards"),
            tuple(40.0, Qualifier.AT_MOST, "tanks"),
            tuple(1000.0, Qualifier.AT_MOST, "men"),
            tuple(60.0, Qualifier.MORE_THAN, "officers"),
            tuple(1_000_000.0, Qualifier.MORE_THAN, "troops"),
            tuple(20.0, Qualifier.LESS_THAN, "pilots"),
            tuple(15.0, Qualifier.LESS_THAN, "boats"),
            tuple(50.0, Qualifier.LESS_THAN, "cadets"));
  }

  @Test
  void includesTheQualifierInTheText() {
    assertThat(figures("Approximately one hundred military personnel fled the base."))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.text()).isEqualTo("Approximately one hundred military personnel");
              assertThat(f.value()).isEqualTo(100.0);
              assertThat(f.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
              assertThat(f.unit()).isEqualTo("military personnel");
            });
  }

  @Test
  void readsRangesInDigitsAndWords() {
    assertThat(
            figures(
                "He puts the force at 400,000 to 500,000 troops. Three or four cars drove past."))
        .extracting(Figure::low, Figure::high, Figure::value, Figure::qualifier, Figure::unit)
        .containsExactly(
            tuple(400_000.0, 500_000.0, 400_000.0, Qualifier.RANGE, "troops"),
            tuple(3.0, 4.0, 3.0, Qualifier.RANGE, "cars"));
  }

  @Test
  void keepsTheQualifierTheTextGivesARangeWithItsBounds() {
    assertThat(
            figures(
                "Analysts put the losses at around 400,000 to 500,000 troops. At least two or"
                    + " three bridges fell."))
        .extracting(Figure::text, Figure::low, Figure::high, Figure::qualifier, Figure::unit)
        .containsExactly(
            tuple(
                "around 400,000 to 500,000 troops",
                400_000.0,
                500_000.0,
                Qualifier.APPROXIMATE,
                "troops"),
            tuple("At least two or three bridges", 2.0, 3.0, Qualifier.AT_LEAST, "bridges"));
  }

  @Test
  void readsCompoundsSuchAsAThreeHundredManBattalionAsACountOfMen() {
    // "300-man battalion" counts 300 men: the compound writes the noun in the singular ("man", as
    // written), and its normalised unit is the same lemma "300 men" has; the 50 of them are men
    // too (a partitive takes the noun it counts).
    assertThat(figures("Only 50 of the 300-man battalion remain. Another 200 men arrived."))
        .extracting(Figure::text, Figure::value, Figure::unit, Figure::unitNormalized)
        .containsExactly(
            tuple("50", 50.0, "man", "man"),
            tuple("300-man", 300.0, "man", "man"),
            tuple("200 men", 200.0, "men", "man"));
  }

  @Test
  void countsAnElidedUnitLikeThePreviousAmountInTheSentence() {
    assertThat(figures("Out of 1,500 soldiers, no more than 1,000 are left."))
        .extracting(Figure::value, Figure::qualifier, Figure::unit)
        .containsExactly(
            tuple(1500.0, Qualifier.EXACT, "soldiers"),
            tuple(1000.0, Qualifier.AT_MOST, "soldiers"));
  }

  @Test
  void ignoresDatesYearsOrdinalsTimesPhoneNumbersAndNamesWithNumbers() {
    assertThat(
            figures(
                "The 64th Brigade moved on April 18 in 2024 at 10:30 pm. Call 555-1234 or"
                    + " +7 495 123-45-67. A Boeing 737 landed. It was the third attempt."))
        .isEmpty();
  }

  @Test
  void ignoresOneAsAPronounAndVagueHundreds() {
    assertThat(figures("One of the guards said hundreds of recruits had gone.")).isEmpty();
  }

  @Test
  void measuresDurationsAndDistances() {
    assertThat(figures("The column drove 40 kilometres."))
        .extracting(Figure::kind, Figure::value, Figure::unit)
        .containsExactly(tuple(FigureKind.MEASURE, 40.0, "kilometres"));
  }

  @Test
  void namesEachUnitByItsCanonicalFormBesideTheFormAsWritten() {
    assertThat(
            figures(
                "The column drove 40 kilometres and the 23-year-old driver waited 90 minutes."
                    + " Turnout fell 3 percentage points to 61 per cent. Fares cost 45 pence,"
                    + " or €2.50, and 32,000 people paid."))
        .extracting(Figure::unit, Figure::unitNormalized)
        .containsExactly(
            tuple("kilometres", "kilometre"),
            tuple("year", "year"),
            tuple("minutes", "minute"),
            tuple("percentage points", "percentage_point"),
            tuple("percent", "percent"),
            tuple("GBP", "GBP"),
            tuple("EUR", "EUR"),
            tuple("people", "person"));
  }

  @Test
  void givesTheFiguresOfAReportedChangeTheirDirectionAndOthersNone() {
    assertThat(
            figures(
                "Sales climbed 4% to $11.1bn from $10.9bn, while its shares were down 30 cents."
                    + " Analysts expect a 5% rise in"
                    + " prices. The firm will cut 300 jobs. Some 200 people attended the"
                    + " meeting, which lasted three hours."))
        .extracting(Figure::value, Figure::direction)
        .containsExactly(
            tuple(4.0, Direction.UP),
            tuple(11.1e9, Direction.UP),
            tuple(10.9e9, Direction.UP),
            tuple(0.3, Direction.DOWN),
            tuple(5.0, Direction.UP),
            tuple(300.0, Direction.DOWN),
            tuple(200.0, null),
            tuple(3.0, null));
  }

  @Test
  void takesTheLastPluralNounAsWhatIsCounted() {
    assertThat(figures("The firm sold 30,000 sports utility vehicles."))
        .extracting(Figure::unit)
        .containsExactly("sports utility vehicles");
  }

  @Test
  void readsFromXToYAfterAWordOfChangeAsTwoLevelsInOneUnitAndElsewhereAsARange() {
    // CoreNLP's mention of "from 31 to 44" holds the "to" and the range 31-44 as its value.
    assertThat(figures("Turnout rose from 31 to 44 percent. Rates range from 5 to 10 percent."))
        .extracting(
            Figure::text, Figure::low, Figure::high, Figure::unitNormalized, Figure::direction)
        .containsExactly(
            tuple("31", 31.0, 31.0, "percent", Direction.UP),
            tuple("44 percent", 44.0, 44.0, "percent", Direction.UP),
            tuple("5 to 10 percent", 5.0, 10.0, "percent", null));
  }

  @Test
  void ignoresScoresAndNumbersThatStartAName() {
    assertThat(figures("Wales won 45-6 and took the Six Nations title in Cardiff.")).isEmpty();
    assertThat(figures("Hewitt won 6-3 7-6 (7-3) 6-4 and Henman beat Moya 6-4 6-2.")).isEmpty();
  }

  @Test
  void roundsAwayFloatingPointNoise() {
    assertThat(figures("The studio earned £8.3m."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(8_300_000.0, "GBP"));
  }

  @Test
  void givesTheLowEndOfARangeTheScaleOfTheHighEnd() {
    assertThat(figures("Rebuilding will cost $1.3 to $1.5bn."))
        .extracting(Figure::low, Figure::high, Figure::unit)
        .containsExactly(tuple(1.3e9, 1.5e9, "USD"));
  }

  @Test
  void readsAgesAsMeasures() {
    assertThat(figures("The 25-year-old striker left."))
        .extracting(Figure::kind, Figure::value)
        .containsExactly(tuple(FigureKind.MEASURE, 25.0));
  }

  @Test
  void readsAFigureAfterAgedAsAnAgeInYearsWithNoUnitWritten() {
    assertThat(
            figures("Charlie Bell has died of cancer aged 44. Children aged 10 to 13 were tested."))
        .extracting(Figure::kind, Figure::low, Figure::high, Figure::unit, Figure::unitNormalized)
        .containsExactly(
            tuple(FigureKind.MEASURE, 44.0, 44.0, null, "year"),
            tuple(FigureKind.MEASURE, 10.0, 13.0, null, "year"));
  }

  @Test
  void boundsAnAmountByTheWordsAfterItOverAQualifierBefore() {
    assertThat(figures("About 500 or more people came, and 12 or fewer stayed."))
        .extracting(Figure::text, Figure::value, Figure::qualifier, Figure::unitNormalized)
        .containsExactly(
            tuple("About 500 or more people", 500.0, Qualifier.AT_LEAST, "person"),
            tuple("12 or fewer", 12.0, Qualifier.AT_MOST, null));
  }

  @Test
  void givesAPartitiveTheUnitOfTheWholeItIsPartOf() {
    assertThat(figures("The bloc took 61 of the 230 seats, and 7 of its 40 mayors resigned."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(
            tuple(61.0, "seats"),
            tuple(230.0, "seats"),
            tuple(7.0, "mayors"),
            tuple(40.0, "mayors"));
  }

  @Test
  void readsAHalfInNumberWords() {
    assertThat(
            figures(
                "Nearly one-and-a-half million voters stayed home. Two and a half thousand"
                    + " nurses struck for three and a half years, and half a million people"
                    + " marched."))
        .extracting(Figure::value, Figure::qualifier, Figure::unit)
        .containsExactly(
            tuple(1_500_000.0, Qualifier.APPROXIMATE, "voters"),
            tuple(2_500.0, Qualifier.EXACT, "nurses"),
            tuple(3.5, Qualifier.EXACT, "years"),
            tuple(500_000.0, Qualifier.EXACT, "people"));
  }

  @Test
  void ignoresANumberBeforeASingularNounThatItDoesNotCount() {
    assertThat(
            figures(
                "The school has a zero tolerance approach since the 2019 election, while 300"
                    + " staff, 40 crew and one teacher stayed. One thing is certain."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(300.0, "staff"), tuple(40.0, "crew"), tuple(1.0, "teacher"));
  }

  @Test
  void keepsHyphenatedNumberWordsAndCurrenciesThatLookSingularAsFigures() {
    assertThat(
            figures(
                "Forty-three per cent agreed, a 200-strong crowd marched, the bridge cost"
                    + " around 30bn baht and the robot walks at about 1.2km/h."))
        .extracting(Figure::kind, Figure::value)
        .containsExactly(
            tuple(FigureKind.PERCENT, 43.0),
            tuple(FigureKind.COUNT, 200.0),
            tuple(FigureKind.MONEY, 3e10),
            tuple(FigureKind.MEASURE, 1.2));
  }

  @Test
  void keepsEveryFigureOfASentenceThatAlsoHoldsADuration() {
    assertThat(
            figures(
                "Turnout reached 37% this spring, compared with 14% four years ago, and the"
                    + " club hired 80 staff over two years."))
        .extracting(Figure::kind, Figure::value, Figure::unit)
        .containsExactly(
            tuple(FigureKind.PERCENT, 37.0, "percent"),
            tuple(FigureKind.PERCENT, 14.0, "percent"),
            tuple(FigureKind.COUNT, 80.0, "staff"),
            tuple(FigureKind.MEASURE, 2.0, "years"));
  }

  @Test
  void givesPenceTheirCurrencyWithTheValueInPounds() {
    assertThat(figures("Its shares closed up three pence at 215.5 pence."))
        .extracting(Figure::kind, Figure::value, Figure::unit)
        .containsExactly(
            tuple(FigureKind.MONEY, 0.03, "GBP"), tuple(FigureKind.MONEY, 2.155, "GBP"));
  }

  @Test
  void separatesAYearFromTheNumberThatFollowsIt() {
    assertThat(
            figures(
                "By 2030 two billion people will own a phone. Since 1998 12 embassies have"
                    + " closed. In 2019 64% of mail was spam."))
        .extracting(Figure::kind, Figure::value, Figure::unit)
        .containsExactly(
            tuple(FigureKind.COUNT, 2e9, "people"),
            tuple(FigureKind.COUNT, 12.0, "embassies"),
            tuple(FigureKind.PERCENT, 64.0, "percent"));
  }

  @Test
  void ignoresAClockTimeBeforeATimeZone() {
    assertThat(figures("Shares rose 3% by 1130 GMT and the talks began at 0945 BST."))
        .extracting(Figure::kind, Figure::value)
        .containsExactly(tuple(FigureKind.PERCENT, 3.0));
  }

  @Test
  void endsTheUnitAtAUnitOfMeasureWrittenInTheSingular() {
    assertThat(
            figures(
                "The zoo built a 1.5 million gallon aquarium. It was 90 fahrenheit at noon and"
                    + " 30 degrees celsius by night. The camp lies some 325 kilometer north of"
                    + " the border. Each flask holds 75ml."))
        .extracting(Figure::kind, Figure::value, Figure::unit)
        .containsExactly(
            tuple(FigureKind.MEASURE, 1.5e6, "gallon"),
            tuple(FigureKind.MEASURE, 90.0, "fahrenheit"),
            tuple(FigureKind.MEASURE, 30.0, "degrees celsius"),
            tuple(FigureKind.MEASURE, 325.0, "kilometer"),
            tuple(FigureKind.MEASURE, 75.0, "ml"));
  }

  @Test
  void takesOnlyADurationBeforeAgoOrEarlierForADate() {
    assertThat(figures("Rates were held at 4.75% earlier this month. Three weeks ago they rose."))
        .extracting(Figure::kind, Figure::value, Figure::unit)
        .containsExactly(tuple(FigureKind.PERCENT, 4.75, "percent"));
  }

  @Test
  void givesBothEndsOfARangeTheScaleWrittenOnce() {
    assertThat(
            figures(
                "Profits were between £10-25m. It will reach two to three million homes, and"
                    + " 900,000 to 1.2 million people came. Users may number between 200 and 250"
                    + " million. Sales hit 1.2 trn yen."))
        .extracting(Figure::kind, Figure::low, Figure::high)
        .containsExactly(
            tuple(FigureKind.MONEY, 1e7, 2.5e7),
            tuple(FigureKind.COUNT, 2e6, 3e6),
            tuple(FigureKind.COUNT, 9e5, 1.2e6),
            tuple(FigureKind.COUNT, 2e8, 2.5e8),
            tuple(FigureKind.MONEY, 1.2e12, 1.2e12));
  }

  @Test
  void readsAChangeAndItsNewLevelApartFromARange() {
    assertThat(
            figures(
                "The jobless total fell by 600,000 to 5.9 million. Output rose in 2005 to 5.5"
                    + " million tonnes. Attacks killed 10 to 15 people."))
        .extracting(Figure::low, Figure::high)
        .containsExactly(
            tuple(6e5, 6e5), tuple(5.9e6, 5.9e6), tuple(5.5e6, 5.5e6), tuple(10.0, 15.0));
  }

  @Test
  void readsAUnitOrPenceGluedToTheDigits() {
    assertThat(figures("He jumped 30ft (10m) as 100mph winds blew. Shares closed at 873p."))
        .extracting(Figure::kind, Figure::value, Figure::unit)
        .containsExactly(
            tuple(FigureKind.MEASURE, 30.0, "ft"),
            tuple(FigureKind.MEASURE, 10.0, "m"),
            tuple(FigureKind.MEASURE, 100.0, "mph"),
            tuple(FigureKind.MONEY, 8.73, "GBP"));
  }

  @Test
  void readsAHyphenRangeTheNormaliserLeftWithoutAValue() {
    assertThat(figures("Shells fell some 1.5-2km east of the town."))
        .extracting(Figure::low, Figure::high, Figure::qualifier, Figure::unit)
        .containsExactly(tuple(1.5, 2.0, Qualifier.APPROXIMATE, "km"));
  }

  @Test
  void findsTheWordOfChangeOverTheModifiersOfItsAmount() {
    assertThat(figures("The jobless total rose a higher than expected 17,000 to 4.483 million."))
        .extracting(Figure::low, Figure::high)
        .containsExactly(tuple(17000.0, 17000.0), tuple(4.483e6, 4.483e6));
  }

  @Test
  void readsANegativeAfterMinusOrAGluedMinusSign() {
    assertThat(figures("It fell to minus 40 Fahrenheit and −12°C in the north."))
        .extracting(Figure::text, Figure::value, Figure::low, Figure::high)
        .containsExactly(
            tuple("minus 40 Fahrenheit", -40.0, -40.0, -40.0), tuple("−12°C", -12.0, -12.0, -12.0));
  }

  @Test
  void takesDigitsBeforeASingularProperNameForAnAddressOrName() {
    assertThat(
            figures(
                "He met Blair at 10 Downing Street before the 2005 RBS Six Nations game, while"
                    + " 12 Labour MPs watched."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(12.0, "Labour MPs"));
  }

  @Test
  void namesTheCurrencyOfACodeBeforeTheNumberOrAnAdjectiveBeforeTheCurrencyWord() {
    assertThat(
            figures(
                "He was fined 10,000 swiss francs and paid USD 200, Rs 2,000 and 125 million"
                    + " australian dollars. The jet cost Mex$ 16.4 million, a $2bn deal."))
        .extracting(Figure::kind, Figure::value, Figure::unit)
        .containsExactly(
            tuple(FigureKind.MONEY, 10000.0, "CHF"),
            tuple(FigureKind.MONEY, 200.0, "USD"),
            tuple(FigureKind.MONEY, 2000.0, "INR"),
            tuple(FigureKind.MONEY, 1.25e8, "AUD"),
            tuple(FigureKind.MONEY, 1.64e7, "MXN"),
            tuple(FigureKind.MONEY, 2e9, "USD"));
  }

  @Test
  void givesACountBeforeWhoTheNounOfTheCountBefore() {
    assertThat(figures("It added 12 individuals to an earlier list of 21 who face asset freezes."))
        .extracting(Figure::value, Figure::unit)
        .containsExactly(tuple(12.0, "individuals"), tuple(21.0, "individuals"));
  }
}
