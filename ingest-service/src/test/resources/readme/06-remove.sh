curl -sS -X DELETE http://localhost:8081/api/v1/articles/coast-2025-0418-harbour \
  -H "X-API-Key: $INGEST_API_KEY"
