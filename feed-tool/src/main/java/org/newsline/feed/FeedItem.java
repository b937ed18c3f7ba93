package org.newsline.feed;

/**
 * One article to send.
 *
 * @param key identifies the item across runs (for {@code --resume}): its id when it has one, else
 *     its file and line
 * @param json the article as one line of JSON
 */
record FeedItem(String key, String json) {}
