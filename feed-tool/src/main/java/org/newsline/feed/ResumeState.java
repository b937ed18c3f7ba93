package org.newsline.feed;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys of items the service accepted (or found duplicate), one per line, appended as answers
 * arrive. Always written; read only with {@code --resume}.
 */
final class ResumeState implements Closeable {

  private final Set<String> done = new HashSet<>();
  private final BufferedWriter out;

  private ResumeState(BufferedWriter out) {
    this.out = out;
  }

  static ResumeState open(Path file, boolean load) throws IOException {
    ResumeState state;
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    if (load && Files.exists(file)) {
      Set<String> keys = new HashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8));
      state = new ResumeState(writer(file));
      state.done.addAll(keys);
    } else {
      state = new ResumeState(writer(file));
    }
    return state;
  }

  private static BufferedWriter writer(Path file) throws IOException {
    return Files.newBufferedWriter(
        file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  boolean contains(String key) {
    return done.contains(clean(key));
  }

  void add(String key) throws IOException {
    String line = clean(key);
    if (done.add(line)) {
      out.write(line);
      out.newLine();
    }
  }

  void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private static String clean(String key) {
    return key.replace('\n', ' ').replace('\r', ' ');
  }
}
