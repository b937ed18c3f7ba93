package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isCapitalised;
import static org.newsline.enrich.entities.Tokens.isNameType;
import static org.newsline.enrich.entities.Tokens.written;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import org.newsline.model.EntityType;

/**
 * A listed organisation's name of two to six tokens that the tagger split or typed in parts
 * ("RFE/RL" as ORGANIZATION, "/", LOCATION): one organisation, on the gazetteer's evidence. A name
 * the tagger ran on past ("BBC News Online") or typed as one run is left to the tagger.
 */
final class ListedAcrossTags implements NameRule {

  private final Gazetteer gazetteer;

  ListedAcrossTags(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Optional<Candidate> at(List<CoreLabel> tokens, int i) {
    return Candidate.run(i, length(tokens, i), EntityType.ORGANIZATION, Evidence.GAZETTEER);
  }

  private int length(List<CoreLabel> tokens, int i) {
    if (!isCapitalised(tokens.get(i))) {
      return 0;
    }
    for (int n = Math.min(6, tokens.size() - i); n >= 2; n--) {
      int last = i + n - 1;
      String firstNer = String.valueOf(tokens.get(i).ner());
      boolean uniform = isNameType(firstNer);
      boolean tagged = false;
      for (int k = i; k <= last; k++) {
        String ner = String.valueOf(tokens.get(k).ner());
        tagged |= isNameType(ner);
        uniform &= ner.equals(firstNer);
      }
      String lastNer = String.valueOf(tokens.get(last).ner());
      boolean runsOn =
          isNameType(lastNer)
              && last + 1 < tokens.size()
              && lastNer.equals(tokens.get(last + 1).ner());
      if (!tagged || uniform || runsOn) {
        continue;
      }
      var entry = gazetteer.lookup(written(tokens, i, last + 1));
      if (entry.isPresent() && entry.get().type() == EntityType.ORGANIZATION) {
        return n;
      }
    }
    return 0;
  }
}
