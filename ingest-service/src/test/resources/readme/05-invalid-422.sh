curl -sS -X POST http://localhost:8081/api/v1/articles \
  -H "X-API-Key: $INGEST_API_KEY" -H 'Content-Type: application/json' \
  -d '{"body": "The port reopened on Monday after eleven weeks.", "publishedAt": "2025-04-18 09:30"}'
