package org.newsline.localstack;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The repository's {@code deploy/} files and the Prometheus tools the tests run on them. */
final class Deploy {

  private Deploy() {}

  /** A file under {@code deploy/}, from the module directory (Maven) or the repository root. */
  static Path file(String relative) {
    Path fromModule = Path.of("..", "deploy").resolve(relative);
    return Files.exists(fromModule) ? fromModule : Path.of("deploy").resolve(relative);
  }

  /** The executable {@code name} on the PATH, if there is one. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The message a test skips with where a Prometheus tool is missing. */
  static String missing(String tool) {
    return tool
        + " is not on the PATH: install Debian's prometheus package (apt-get install prometheus,"
        + " 2.42) to run this test; .ci/run installs it";
  }
}
