package org.newsline.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads articles from a file or a directory, lazily. {@code .ndjson}/{@code .jsonl}: one article
 * object per line; {@code .json}: an article object or an array of them; {@code .txt}: the whole
 * file as plain text (the service takes the title from its first line); {@code .html}/{@code .htm}:
 * the whole page. Article fields are passed on ({@code id, source, url, title, body, language,
 * publishedAt, metadata, format}); {@code category} (as in the shared corpus) goes into {@code
 * metadata.category}. A directory is read recursively in name order; other files are ignored.
 */
final class Inputs {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Set<String> FIELDS =
      Set.of("id", "source", "url", "title", "body", "language", "publishedAt", "format");

  private Inputs() {}

  static Iterator<FeedItem> read(Path input, String defaultSource) throws IOException {
    if (Files.isDirectory(input)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(input)) {
        files = walk.filter(Files::isRegularFile).filter(Inputs::supported).sorted().toList();
      }
      return concat(files, input, defaultSource);
    }
    if (!Files.isRegularFile(input)) {
      throw new IOException("no such file or directory: " + input);
    }
    if (!supported(input)) {
      throw new IOException("unsupported file type (use .txt, .html, .json or .ndjson): " + input);
    }
    return file(input, input.getFileName().toString(), defaultSource);
  }

  /**
   * How many items {@link #read} will give for {@code input}, counted before the feed for its bar:
   * the non-blank lines of NDJSON files (one pass over them, nothing kept), the elements of a JSON
   * array, one per other file; -1 when the input cannot be read (the feed then says why).
   */
  static long count(Path input) {
    try {
      if (Files.isDirectory(input)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
          files = walk.filter(Files::isRegularFile).filter(Inputs::supported).toList();
        }
        long all = 0;
        for (Path file : files) {
          all += countFile(file);
        }
        return all;
      }
      return Files.isRegularFile(input) && supported(input) ? countFile(input) : -1;
    } catch (IOException | UncheckedIOException | JacksonException e) {
      return -1;
    }
  }

  private static long countFile(Path file) throws IOException {
    switch (extension(file)) {
      case "ndjson", "jsonl" -> {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
          return lines.filter(line -> !line.isBlank()).count();
        }
      }
      case "json" -> {
        JsonNode root = JSON.readTree(file.toFile());
        return root.isArray() ? root.size() : 1;
      }
      default -> {
        return 1;
      }
    }
  }

  static boolean supported(Path file) {
    String ext = extension(file);
    return Set.of("txt", "html", "htm", "json", "ndjson", "jsonl").contains(ext);
  }

  private static Iterator<FeedItem> concat(List<Path> files, Path root, String source) {
    return new Iterator<>() {
      private int next;
      private Iterator<FeedItem> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next < files.size()) {
          Path file = files.get(next++);
          try {
            current = file(file, root.relativize(file).toString().replace('\\', '/'), source);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return current.hasNext();
      }

      @Override
      public FeedItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private static Iterator<FeedItem> file(Path file, String name, String source) throws IOException {
    switch (extension(file)) {
      case "ndjson", "jsonl" -> {
        return ndjson(file, name, source);
      }
      case "json" -> {
        return json(file, name, source);
      }
      case "txt" -> {
        return List.of(whole(file, name, "text", source)).iterator();
      }
      default -> {
        return List.of(whole(file, name, "html", source)).iterator();
      }
    }
  }

  private static FeedItem whole(Path file, String name, String format, String source)
      throws IOException {
    ObjectNode article = JSON.createObjectNode();
    article.put("format", format);
    article.put("body", text(Files.readAllBytes(file)));
    if (source != null) {
      article.put("source", source);
    }
    article.putObject("metadata").put("file", name);
    return new FeedItem(name, JSON.writeValueAsString(article));
  }

  private static Iterator<FeedItem> json(Path file, String name, String source) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage());
    }
    List<FeedItem> items = new ArrayList<>();
    if (root.isArray()) {
      int i = 0;
      for (JsonNode node : root) {
        items.add(item(node, name + "#" + i++, source));
      }
    } else {
      items.add(item(root, name, source));
    }
    return items.iterator();
  }

  private static Iterator<FeedItem> ndjson(Path file, String name, String source)
      throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
    return new Iterator<>() {
      private FeedItem next = advance();
      private long line;

      private FeedItem advance() {
        try {
          String text;
          while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
              continue;
            }
            String key = name + "#" + line;
            try {
              return item(JSON.readTree(text), key, source);
            } catch (JacksonException e) {
              // Sent as it is: the service reports it as a rejected item.
              return new FeedItem(key, text.strip());
            }
          }
          reader.close();
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public FeedItem next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        FeedItem current = next;
        next = advance();
        return current;
      }
    };
  }

  /** Maps one article object to the service's form; anything else is sent as it is. */
  static FeedItem item(JsonNode node, String fallbackKey, String source) {
    if (!node.isObject()) {
      return new FeedItem(fallbackKey, JSON.writeValueAsString(node));
    }
    ObjectNode article = JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (FIELDS.contains(field.getKey()) || field.getKey().equals("metadata")) {
        article.set(field.getKey(), field.getValue());
      }
    }
    JsonNode category = node.get("category");
    if (category != null && category.isValueNode() && !category.isNull()) {
      JsonNode metadata = article.get("metadata");
      ObjectNode map = metadata instanceof ObjectNode o ? o : article.putObject("metadata");
      map.put("category", category.asString());
    }
    if (source != null && !article.has("source")) {
      article.put("source", source);
    }
    JsonNode id = node.get("id");
    String key =
        id != null && id.isValueNode() && !id.isNull() ? "id:" + id.asString() : fallbackKey;
    return new FeedItem(key, JSON.writeValueAsString(article));
  }

  /** UTF-8, or Latin-1 when the bytes are not valid UTF-8 (older archives). */
  static String text(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
