package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isNameType;
import static org.newsline.enrich.entities.Tokens.isTagged;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import org.newsline.model.EntityType;

/**
 * The tagger's own name: a run of tokens of one name type, on through acronyms joined by a slash
 * ("RFE/RL" with the slash and "RL" untagged, "AP/NORC" with only "NORC" tagged) but not across a
 * spaced separator ("Pivovarov / Sputnik") or into a name of another type; then adjusted by the
 * words around it ({@link LeftOutFirstWords}, {@link PlaceInstitutions}).
 */
final class TaggedRuns implements NameRule {

  private static final List<Adjustment> ADJUSTMENTS =
      List.of(new LeftOutFirstWords(), new PlaceInstitutions());

  @Override
  public Optional<Candidate> at(List<CoreLabel> tokens, int i) {
    String ner = tokens.get(i).ner();
    int j = i;
    if (!isNameType(ner)) {
      if (!SlashNames.joined(tokens, i) || !isTagged(tokens.get(i + 2))) {
        return Optional.empty();
      }
      ner = tokens.get(i + 2).ner(); // "AP/NORC" with only "NORC" tagged
      j = i + 2;
    }
    j = end(tokens, j, ner);
    Candidate run = new Candidate(i, j, EntityType.valueOf(ner), Evidence.TAGGER);
    for (Adjustment adjustment : ADJUSTMENTS) {
      run = adjustment.adjust(tokens, run);
    }
    return Optional.of(run);
  }

  /** The last token of the run of type {@code ner} that reaches token {@code j}. */
  private static int end(List<CoreLabel> tokens, int j, String ner) {
    while (true) {
      while (j + 1 < tokens.size()
          && ner.equals(tokens.get(j + 1).ner())
          && !SlashNames.isSeparator(tokens, j + 1)) {
        j++;
      }
      if (SlashNames.isSlash(tokens.get(j))
          && j + 1 < tokens.size()
          && SlashNames.joined(tokens, j - 1)) {
        j++; // "RFE/RL" with the slash tagged and "RL" not
      } else if (SlashNames.joined(tokens, j) && !isOtherType(tokens.get(j + 2), ner)) {
        j += 2;
      } else {
        return j;
      }
    }
  }

  private static boolean isOtherType(CoreLabel t, String ner) {
    return isTagged(t) && !t.ner().equals(ner);
  }
}
