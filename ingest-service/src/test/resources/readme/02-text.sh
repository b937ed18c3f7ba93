printf 'Night bus trial approved\n\nThe council voted seven to two on Tuesday to run a night bus.\n' |
curl -sS -X POST 'http://localhost:8081/api/v1/articles?source=Town%20Post&publishedAt=2025-04-18T09:30:00Z' \
  -H "X-API-Key: $INGEST_API_KEY" -H 'Content-Type: text/plain; charset=UTF-8' --data-binary @-
