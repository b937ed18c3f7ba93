curl -sS -X POST http://localhost:8081/api/v1/articles \
  -H "X-API-Key: $INGEST_API_KEY" -H 'Content-Type: application/json' \
  -d '{"id": "coast-2025-0418-harbour", "source": "Coast Gazette",
       "url": "https://coast.example/news/harbour-reopens?utm_source=rss",
       "title": "Harbour reopens after storm | Coast | News",
       "body": "Skip to main content\n\nThe port reopened on Monday after eleven weeks of repairs.\n\nCrews worked in two shifts.",
       "language": "en", "publishedAt": "2025-04-18T09:30:00Z", "metadata": {"category": "local"}}'
