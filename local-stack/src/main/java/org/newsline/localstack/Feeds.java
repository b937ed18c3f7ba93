package org.newsline.localstack;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsline.feed.FeedCommand;
import org.newsline.feed.FeedOptions;
import picocli.CommandLine;

/** {@code --feed PATH}: runs the operator feed tool, progress bar and all, against the stack. */
final class Feeds {

  private Feeds() {}

  /**
   * Feeds {@code path} to the stack's ingest service (the feed tool's state file under the data
   * directory's {@code .feed-state/}), handing the id of each article ingest acknowledged to {@code
   * acknowledged}; returns the feed tool's exit code (0 all accepted or duplicate, 1 some rejected,
   * 2 stopped early).
   */
  static int feed(
      Path path, LocalStackSettings settings, ApiKeyFile keys, Consumer<String> acknowledged) {
    return new CommandLine(new FeedCommand().onAcknowledged(acknowledged))
        .execute(
            path.toString(),
            "--url",
            settings.ingestUrl(),
            "--api-key",
            ApiKeyFile.first(keys.ingestKeys()),
            // In the stack's data directory, not the working directory: it belongs to the stack.
            "--state",
            FeedOptions.defaultStateFile(path, settings.dataDir()).toString());
  }
}
