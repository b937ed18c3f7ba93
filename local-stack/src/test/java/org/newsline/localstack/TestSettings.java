package org.newsline.localstack;

import java.io.IOException;
import java.nio.file.Path;

/** Settings of a local stack for a test: its data in {@code dataDir}, every port a free one. */
final class TestSettings {

  private TestSettings() {}

  static LocalStackSettings fresh(Path dataDir) throws IOException {
    return new LocalStackSettings(
        dataDir,
        LocalKafkaBrokerIT.freePort(),
        LocalKafkaBrokerIT.freePort(),
        LocalKafkaBrokerIT.freePort(),
        LocalKafkaBrokerIT.freePort(),
        LocalKafkaBrokerIT.freePort(),
        LocalKafkaBrokerIT.freePort());
  }
}
