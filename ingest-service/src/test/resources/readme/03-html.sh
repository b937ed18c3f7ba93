curl -sS -X POST 'http://localhost:8081/api/v1/articles?source=Coast%20Gazette' \
  -H "X-API-Key: $INGEST_API_KEY" -H 'Content-Type: text/html' \
  --data-binary '<html lang="en"><body><nav>Home | World</nav><h1>Ferries return</h1>
<p>Ferries returned to the north quay on Tuesday morning.</p><footer>© Coast Gazette</footer></body></html>'
