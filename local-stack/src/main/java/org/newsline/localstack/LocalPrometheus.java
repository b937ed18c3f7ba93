package org.newsline.localstack;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Debian's {@code prometheus} (or any on the PATH) run beside the local stack: it scrapes the three
 * services with the management key and evaluates deploy/prometheus/alerts.yml. Its configuration,
 * key file, data and log live under {@code workDir}.
 */
public final class LocalPrometheus implements AutoCloseable {

  /** How to get it, for the message where it is missing. */
  public static final String INSTALL_HINT =
      "prometheus is not on the PATH; on Debian or Ubuntu: sudo apt-get install prometheus"
          + " (2.42, with promtool), then run again";

  private final Process process;
  private final int port;
  private final Path log;

  private LocalPrometheus(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The executable {@code name} on the PATH, if there is one. */
  public static Optional<Path> onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Starts {@code prometheus} on 127.0.0.1:{@code port} with the configuration generated from
   * {@code deployDir}/prometheus/prometheus.yml and waits until it is ready.
   */
  public static LocalPrometheus start(
      Path executable,
      Path deployDir,
      LocalStackSettings settings,
      ApiKeyFile keys,
      int port,
      Duration interval,
      Path workDir)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    Path keyFile = workDir.resolve("management-key");
    Files.writeString(keyFile, ApiKeyFile.first(keys.managementKeys()), StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the file stays as created
    }
    Path config = workDir.resolve("prometheus.yml");
    Files.writeString(
        config,
        PrometheusConfig.forLocalStack(
            Files.readString(deployDir.resolve("prometheus/prometheus.yml")),
            settings,
            keyFile,
            deployDir.resolve("prometheus/alerts.yml"),
            interval));
    Path log = workDir.resolve("prometheus.log");
    Process process =
        new ProcessBuilder(
                List.of(
                    executable.toString(),
                    "--config.file=" + config,
                    "--storage.tsdb.path=" + workDir.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    LocalPrometheus prometheus = new LocalPrometheus(process, port, log);
    try {
      prometheus.awaitReady(Duration.ofSeconds(30));
    } catch (IOException | RuntimeException e) {
      prometheus.close();
      throw e;
    }
    return prometheus;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** Its log file (configuration errors, failed scrapes). */
  public Path log() {
    return log;
  }

  private void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/-/ready")).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "prometheus exited with " + process.exitValue() + ": " + Files.readString(log));
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IOException("prometheus was not ready within " + timeout + "; log: " + log);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
