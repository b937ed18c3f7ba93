package org.newsline.store.query;

/** Example bodies shown in the OpenAPI description. */
final class ApiExamples {

  private ApiExamples() {}

  static final String ARTICLE =
      """
      {"schemaVersion":1,"id":"coast-news-2025-0418-harbour","source":"Coast News",
       "url":"https://coast.example/2025/04/18/harbour","title":"Harbour town reopens after storm",
       "body":"About 300 residents returned to Port Ellis on Monday, the mayor, Jane Okafor, said.",
       "language":"en","publishedAt":"2025-04-18T09:30:00Z","receivedAt":"2025-04-18T09:31:02.123Z",
       "contentHash":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
       "removedLines":[],"metadata":{"feed":"coast-rss"},"enrichedAt":"2025-04-18T09:31:05Z",
       "enrichment":{"engine":"stanford-corenlp","engineVersion":"4.5.10","pipelineVersion":"1",
                     "partial":false,"warnings":[]},
       "entities":[{"name":"Port Ellis","type":"LOCATION","subtype":"CITY","count":1,
                    "mentions":[{"field":"body","start":30,"end":40,"text":"Port Ellis"}]}],
       "figures":[{"text":"About 300 residents","field":"body","start":0,"end":19,"kind":"COUNT",
                   "value":300.0,"low":300.0,"high":300.0,"qualifier":"APPROXIMATE","unit":"residents"}],
       "dates":[{"text":"Monday","field":"body","start":44,"end":50,"value":"2025-04-14"}],
       "storedAt":"2025-04-18T09:31:06.010Z"}
      """;

  static final String PAGE =
      """
      {"items":[{"schemaVersion":1,"id":"coast-news-2025-0418-harbour","source":"Coast News",
        "url":"https://coast.example/2025/04/18/harbour","title":"Harbour town reopens after storm",
        "language":"en","publishedAt":"2025-04-18T09:30:00Z","receivedAt":"2025-04-18T09:31:02.123Z",
        "contentHash":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "removedLines":[],"metadata":{},"enrichedAt":"2025-04-18T09:31:05Z",
        "enrichment":{"engine":"stanford-corenlp","engineVersion":"4.5.10","pipelineVersion":"1",
                      "partial":false,"warnings":[]},
        "entities":[],"figures":[],"dates":[],"storedAt":"2025-04-18T09:31:06.010Z"}],
       "nextCursor":"djE6MTc0NDk2ODYwMDAwMDpjb2FzdC1uZXdzLTIwMjUtMDQxOC1oYXJib3Vy"}
      """;

  static final String ENTITIES =
      """
      {"items":[{"name":"Krasnodar","type":"LOCATION","articles":12,"mentions":31},
                {"name":"Jane Okafor","type":"PERSON","articles":4,"mentions":9}]}
      """;

  static final String FIGURES =
      """
      {"items":[{"articleId":"coast-news-2025-0418-harbour","source":"Coast News",
                 "publishedAt":"2025-04-18T09:30:00Z","text":"about 100 soldiers","kind":"COUNT",
                 "qualifier":"APPROXIMATE","value":100.0,"low":100.0,"high":100.0,"unit":"soldiers",
                 "unitNormalized":"soldier","direction":null},
                {"articleId":"river-post-2025-0418-border","source":"River Post",
                 "publishedAt":"2025-04-18T08:00:00Z","text":"at least 150 soldiers","kind":"COUNT",
                 "qualifier":"AT_LEAST","value":150.0,"low":150.0,"high":150.0,"unit":"soldiers",
                 "unitNormalized":"soldier","direction":"UP"}],
       "truncated":false}
      """;

  static final String BAD_LIMIT =
      """
      {"type":"https://newsline.org/problems/bad-request","title":"Bad Request","status":400,
       "detail":"Parameter 'limit' must be a whole number from 1 to 200.","parameter":"limit",
       "errors":[{"field":"limit","rule":"Parameter 'limit' must be a whole number from 1 to 200."}]}
      """;

  static final String NOT_FOUND =
      """
      {"type":"https://newsline.org/problems/not-found","title":"Not Found","status":404,
       "detail":"No article with id 'no-such-article' is stored.",
       "instance":"/api/v1/articles/no-such-article"}
      """;

  static final String UNAUTHORIZED =
      """
      {"type":"https://newsline.org/problems/unauthorized","title":"Unauthorized","status":401,
       "detail":"An API key is required: send it in the X-API-Key header or as Authorization: Bearer <key>.",
       "instance":"/api/v1/articles"}
      """;
}
