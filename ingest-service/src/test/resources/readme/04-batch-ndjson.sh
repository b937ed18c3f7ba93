printf '%s\n' \
  '{"id": "coast-1", "title": "Harbour reopens", "body": "The port reopened on Monday after eleven weeks of repairs."}' \
  '{"id": "coast-2", "title": "Ferries return", "body": "Ferries returned to the north quay on Tuesday morning."}' \
  '{"id": "bad id", "body": "An item with an illegal id is rejected on its own."}' |
curl -sS -X POST http://localhost:8081/api/v1/articles/batch \
  -H "X-API-Key: $INGEST_API_KEY" -H 'Content-Type: application/x-ndjson' --data-binary @-
