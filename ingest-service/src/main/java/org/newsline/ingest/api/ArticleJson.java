package org.newsline.ingest.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The JSON form of an article, for the API description; requests are read by {@link JsonArticles}.
 */
@Schema(name = "Article", description = "An article to ingest; only body is required")
record ArticleJson(
    @Schema(
            description = "Stable id; derived from the URL or the content when absent",
            pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]*$",
            maxLength = 200,
            example = "coast-2025-0418-harbour")
        String id,
    @Schema(description = "Outlet or feed name", example = "Coast Gazette") String source,
    @Schema(
            description = "Absolute http(s) URL; stored in canonical form",
            example = "https://coast.example/news/harbour-reopens")
        String url,
    @Schema(
            description = "Title; section tags such as \" | World\" are cut",
            example = "Harbour reopens after storm")
        String title,
    @Schema(
            description = "Body text; paragraphs separated by blank lines",
            requiredMode = Schema.RequiredMode.REQUIRED,
            example = "The port reopened on Monday after eleven weeks of repairs.")
        String body,
    @Schema(description = "ISO 639-1 code", example = "en") String language,
    @Schema(description = "ISO-8601 date-time with offset", example = "2025-04-18T09:30:00Z")
        String publishedAt,
    @Schema(description = "String map kept with the article", example = "{\"category\":\"world\"}")
        Map<String, String> metadata) {}
