package org.newsline.enrich.quality;

/**
 * An entity over tokens {@code first..last} (inclusive) of a document, typed {@code PER}, {@code
 * ORG} or {@code LOC}.
 */
record Span(int first, int last, String type) {}
