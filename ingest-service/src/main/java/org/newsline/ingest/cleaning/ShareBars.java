package org.newsline.ingest.cleaning;

import java.util.Set;

/**
 * Share bars: a short line (at most {@value #MAX_LENGTH} characters, not a sentence) made only of
 * network names ({@code share-networks.txt}), share words ({@code share-words.txt}), counts and
 * separators, naming at least one network and either a share word or a second network: "Share this
 * article: Facebook Twitter Email", "Share: Facebook | X | WhatsApp | Copy link", "Facebook 12 |
 * Twitter 4". A line that says anything else ("Facebook and Twitter were fined") is kept.
 */
final class ShareBars implements ChromeRule {

  static final int MAX_LENGTH = 120;

  private static final Set<String> NETWORKS = WordList.words("share-networks.txt");
  private static final Set<String> SHARE_WORDS = WordList.words("share-words.txt");

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    for (int i : page.liveLines()) {
      if (isShareBar(page.text(i))) {
        page.remove(i);
      }
    }
  }

  static boolean isShareBar(String line) {
    String bare = line.strip().replaceAll("[:\\s]+$", "");
    if (bare.isEmpty() || bare.length() > MAX_LENGTH || Page.endsLikeSentence(bare)) {
      return false;
    }
    int networks = 0;
    boolean shareWord = false;
    for (String word : Page.key(bare).split(" ")) {
      if (NETWORKS.contains(word)) {
        networks++;
      } else if (SHARE_WORDS.contains(word)) {
        shareWord |= word.startsWith("shar") || word.equals("tweet");
      } else if (!word.chars().allMatch(Character::isDigit) && !word.equals("k")) {
        return false;
      }
    }
    return networks >= 2 || (networks == 1 && shareWord);
  }
}
