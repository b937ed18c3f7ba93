package org.newsline.reliability;

import java.util.ArrayList;
import java.util.List;

/** What a test opened, closed in reverse order (a field with JUnit's {@code @AutoClose}). */
final class Closer implements AutoCloseable {

  private final List<AutoCloseable> resources = new ArrayList<>();

  <T extends AutoCloseable> T open(T resource) {
    resources.add(resource);
    return resource;
  }

  @Override
  public void close() throws Exception {
    for (int i = resources.size() - 1; i >= 0; i--) {
      resources.get(i).close();
    }
    resources.clear();
  }
}
