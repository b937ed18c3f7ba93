package org.newsline.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names that no other test in the JVM uses, so that tests sharing one broker and one database
 * server never see each other's data (the pattern of mongo-kafka's {@code getTopicName()}).
 */
public final class UniqueNames {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

  private UniqueNames() {}

  /** {@code base} with a suffix unique in this JVM and run, e.g. {@code articles.raw-k3x-7}. */
  public static String of(String base) {
    return base + "-" + RUN + "-" + COUNTER.incrementAndGet();
  }

  /** A unique MongoDB database name (letters, digits and underscores only). */
  public static String database(String base) {
    return of(base).replaceAll("[^A-Za-z0-9_]", "_");
  }
}
