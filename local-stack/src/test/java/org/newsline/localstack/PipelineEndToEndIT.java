package org.newsline.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The pipeline on the local stack's own infrastructure: a KRaft broker and the Mongo stand-in. */
class PipelineEndToEndIT extends PipelineScenario {

  private static LocalStack stack;

  @BeforeAll
  static void startStack() throws Exception {
    Path dataDir = Files.createTempDirectory("newsline-e2e");
    stack =
        TestSettings.started(
            dataDir, settings -> new LocalStack(settings, ApiKeyFile.single(KEY), Map.of()));
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Override
  protected LocalStack stack() {
    return stack;
  }
}
