package org.newsline.localstack;

import java.nio.file.Path;
import org.newsline.feed.FeedCommand;
import picocli.CommandLine;

/** {@code --feed PATH}: runs the operator feed tool, progress bar and all, against the stack. */
final class Feeds {

  private Feeds() {}

  /** Feeds {@code path} to the stack's ingest service; returns the feed tool's exit code. */
  static int feed(Path path, LocalStackSettings settings, ApiKeyFile keys) {
    return new CommandLine(new FeedCommand())
        .execute(
            path.toString(),
            "--url",
            settings.ingestUrl(),
            "--api-key",
            ApiKeyFile.first(keys.ingestKeys()));
  }
}
