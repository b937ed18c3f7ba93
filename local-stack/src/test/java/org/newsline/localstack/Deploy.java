package org.newsline.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's {@code deploy/} files and the Prometheus tools the tests run on them. */
final class Deploy {

  private Deploy() {}

  /** {@code deploy/}, from the module directory (Maven) or the repository root. */
  static Path dir() {
    Path fromModule = Path.of("..", "deploy");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("deploy");
  }

  /** A file under {@code deploy/}. */
  static Path file(String relative) {
    return dir().resolve(relative);
  }

  /** The message a test skips with where a Prometheus tool is missing. */
  static String missing(String tool) {
    return tool
        + " is not on the PATH: install Debian's prometheus package (apt-get install prometheus,"
        + " 2.42) to run this test; .ci/run installs it";
  }
}
