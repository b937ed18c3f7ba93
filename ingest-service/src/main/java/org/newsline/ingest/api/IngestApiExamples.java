package org.newsline.ingest.api;

/** Example bodies for the API description. */
final class IngestApiExamples {

  private IngestApiExamples() {}

  static final String ARTICLE_JSON =
      """
      {"id": "coast-2025-0418-harbour", "source": "Coast Gazette",
       "url": "https://coast.example/news/harbour-reopens?utm_source=rss",
       "title": "Harbour reopens after storm | Coast | News",
       "body": "Skip to main content\\n\\nThe port reopened on Monday after eleven weeks of repairs.\\n\\nCrews worked in two shifts.",
       "language": "en", "publishedAt": "2025-04-18T09:30:00Z", "metadata": {"category": "local"}}
      """;

  static final String ARTICLE_TEXT =
      """
      Harbour reopens after storm

      The port reopened on Monday after eleven weeks of repairs.

      Crews worked in two shifts.
      """;

  static final String ARTICLE_HTML =
      """
      <html lang="en"><head><title>Harbour reopens | Coast Gazette</title></head>
      <body><nav>Home | World</nav><article><h1>Harbour reopens after storm</h1>
      <p>The port reopened on Monday after eleven weeks of repairs.</p></article>
      <footer>© Coast Gazette</footer></body></html>
      """;

  static final String ACCEPTED =
      """
      {"id": "coast-2025-0418-harbour", "status": "accepted", "topic": "articles.raw", "partition": 3, "offset": 1042}
      """;

  static final String DUPLICATE =
      """
      {"id": "coast-2025-0418-harbour", "status": "duplicate"}
      """;

  static final String INVALID =
      """
      {"type": "https://newsline.org/problems/unprocessable-content", "title": "Unprocessable Content", "status": 422,
       "detail": "The article is invalid: publishedAt (date): must be an ISO-8601 date-time with an offset, e.g. 2025-04-18T09:30:00Z",
       "instance": "/api/v1/articles",
       "errors": [{"field": "publishedAt", "rule": "date", "detail": "must be an ISO-8601 date-time with an offset, e.g. 2025-04-18T09:30:00Z"}]}
      """;

  static final String MALFORMED =
      """
      {"type": "https://newsline.org/problems/bad-request", "title": "Bad Request", "status": 400,
       "detail": "The body is not valid JSON: Unexpected end-of-input (line 1, column 12)", "instance": "/api/v1/articles"}
      """;

  static final String TOO_LARGE =
      """
      {"type": "https://newsline.org/problems/content-too-large", "title": "Content Too Large", "status": 413,
       "detail": "The article is larger than the limit of 1048576 bytes (newsline.ingest.max-article-size).", "instance": "/api/v1/articles"}
      """;

  static final String UNAVAILABLE =
      """
      {"type": "https://newsline.org/problems/service-unavailable", "title": "Service Unavailable", "status": 503,
       "detail": "Kafka did not acknowledge the article within 10000 ms; it was not accepted, send it again later.", "instance": "/api/v1/articles"}
      """;

  static final String REMOVAL_ACCEPTED =
      """
      {"id": "coast-2025-0418-harbour", "status": "removal-accepted", "topic": "articles.raw", "partition": 3, "offset": 1043}
      """;

  static final String INVALID_ID =
      """
      {"type": "https://newsline.org/problems/bad-request", "title": "Bad Request", "status": 400,
       "detail": "The id is invalid: only letters, digits and . _ : - are allowed, starting with a letter or digit ([A-Za-z0-9][A-Za-z0-9._:-]*)",
       "instance": "/api/v1/articles/bad%20id",
       "errors": [{"field": "id", "rule": "pattern", "detail": "only letters, digits and . _ : - are allowed, starting with a letter or digit ([A-Za-z0-9][A-Za-z0-9._:-]*)"}]}
      """;

  static final String REMOVAL_UNAVAILABLE =
      """
      {"type": "https://newsline.org/problems/service-unavailable", "title": "Service Unavailable", "status": 503,
       "detail": "Kafka did not acknowledge the removal within 10000 ms; it was not accepted, send it again later.", "instance": "/api/v1/articles/coast-2025-0418-harbour"}
      """;

  static final String RATE_LIMITED =
      """
      {"type": "https://newsline.org/problems/too-many-requests", "title": "Too Many Requests", "status": 429,
       "detail": "Too many requests for this API key; retry after 1 s.", "instance": "/api/v1/articles"}
      """;

  static final String BATCH_NDJSON =
      """
      {"id": "coast-1", "title": "Harbour reopens", "body": "The port reopened on Monday after eleven weeks of repairs."}
      {"id": "coast-2", "title": "Ferries return", "body": "Ferries returned to the north quay on Tuesday morning."}
      {"id": "bad id", "body": "An item with an illegal id is rejected alone."}
      """;

  static final String BATCH_JSON =
      """
      [{"id": "coast-1", "title": "Harbour reopens", "body": "The port reopened on Monday after eleven weeks of repairs."},
       {"id": "coast-2", "title": "Ferries return", "body": "Ferries returned to the north quay on Tuesday morning."}]
      """;

  static final String BATCH_RESULT =
      """
      {"accepted": 1, "duplicate": 1, "rejected": 1, "results": [
        {"index": 0, "id": "coast-1", "status": "accepted", "topic": "articles.raw", "partition": 3, "offset": 1043},
        {"index": 1, "id": "coast-2", "status": "duplicate"},
        {"index": 2, "id": "bad id", "status": "rejected", "problem": {"type": "https://newsline.org/problems/unprocessable-content",
          "title": "Unprocessable Content", "status": 422, "detail": "The article is invalid: id (pattern): only letters, digits and . _ : - are allowed",
          "errors": [{"field": "id", "rule": "pattern", "detail": "only letters, digits and . _ : - are allowed"}]}}]}
      """;
}
