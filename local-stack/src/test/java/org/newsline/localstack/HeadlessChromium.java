package org.newsline.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium}, headless, as a test's browser: the DOM of a page once its scripts ran.
 */
final class HeadlessChromium {

  private HeadlessChromium() {}

  /** The browser on the PATH, if installed. */
  static Optional<Path> onPath() {
    return LocalPrometheus.onPath("chromium");
  }

  /**
   * The page's DOM after its scripts ran (up to 15 s of the page's virtual time: without it the DOM
   * is dumped before a script-built page such as Swagger UI exists).
   */
  static String dom(Path chromium, String url) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    Process process =
        new ProcessBuilder(
                List.of(
                    chromium.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--user-data-dir=" + profile,
                    "--virtual-time-budget=15000",
                    "--dump-dom",
                    url))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    byte[] dom = process.getInputStream().readAllBytes();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("chromium did not finish with " + url);
    }
    return new String(dom, StandardCharsets.UTF_8);
  }
}
