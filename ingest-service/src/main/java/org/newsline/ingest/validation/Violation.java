package org.newsline.ingest.validation;

/**
 * One thing wrong with an article.
 *
 * @param field the JSON field (or query parameter) at fault, e.g. {@code publishedAt}
 * @param rule the rule it broke, e.g. {@code required}, {@code min-length}, {@code pattern}
 * @param detail a sentence for humans
 */
public record Violation(String field, String rule, String detail) {}
