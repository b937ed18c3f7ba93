package org.newsline.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.newsline.localstack.ApiKeyFile;
import org.newsline.localstack.LocalStack;
import org.newsline.localstack.LocalStackSettings;
import org.newsline.testsupport.FreePorts;
import org.newsline.testsupport.Infrastructure;

/**
 * One local stack per test JVM (a real KRaft broker, the Mongo stand-in, the three services),
 * shared by every test class of this module: starting it costs about 20 s. Test classes run one
 * after the other in the JVM, so a class that stops and restarts the broker or Mongo leaves a
 * running stack behind. Its ports are picked, and picked again if one was taken before the stack
 * bound it ({@link OnFreshPorts}). Everything the JVM writes to standard output (the services'
 * logs) is also captured in memory, from before the stack starts, for the key-leak test.
 */
final class SharedStack {

  static final String INGEST_KEY = "ingest-key-7f3a9c1e5b2d4f60";
  static final String STORE_KEY = "store-read-key-2b8e6d4a0c1f9e73";
  static final String MANAGEMENT_KEY = "management-key-5d1c8b7a3e9f2064";

  /** Shorter than the 10 s default so the broker-restart test sees 503s quickly. */
  static final String PUBLISH_TIMEOUT = "3s";

  /** Store documents above this are dead-lettered as too-large (default 16 MiB). */
  static final int MAX_DOCUMENT_BYTES = 300_000;

  private static final ByteCapture OUTPUT = new ByteCapture();
  private static LocalStack stack;

  private SharedStack() {}

  static synchronized LocalStack get() {
    if (stack == null) {
      OUTPUT.install();
      try {
        Path dataDir = Files.createTempDirectory("newsline-reliability");
        LocalStack started = OnFreshPorts.stack(dataDir, true, SharedStack::create);
        Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        stack = started;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return stack;
  }

  private static LocalStack create(LocalStackSettings settings) {
    return new LocalStack(
        settings,
        new ApiKeyFile(INGEST_KEY, STORE_KEY, MANAGEMENT_KEY, false),
        Map.of(
            // The stack's own URI, with server selection failing after 2 s instead of
            // 30 s: a Mongo outage then makes store writes fail and retry (the path under
            // test) rather than just block until the stand-in is back.
            "spring.mongodb.uri",
            "mongodb://127.0.0.1:"
                + settings.mongoPort()
                + "/newsline?serverSelectionTimeoutMS=2000",
            "newsline.ingest.publish-timeout",
            PUBLISH_TIMEOUT,
            "newsline.ingest.retry-after",
            "1s",
            // The fuzz and batch loops send many requests from one key.
            "newsline.ingest.rate-limit.requests-per-second",
            "0",
            "newsline.store.max-document-bytes",
            Integer.toString(MAX_DOCUMENT_BYTES),
            "newsline.store.writing.backoff-max",
            "2s",
            "newsline.enrich.retry-backoff",
            "200ms",
            // Makes the key-leak test stronger: the security filter logs at its most
            // verbose.
            "logging.level.org.newsline.web",
            "DEBUG"));
  }

  /**
   * Starts the stopped broker again on its ports (every client holds its address), trying again
   * while one is still taken, for at most {@link FreePorts#REBIND_WITHIN}: they were the broker's a
   * moment ago.
   */
  static void restartKafka() {
    LocalStack s = get();
    int port = s.settings().kafkaPort();
    int controllerPort = s.settings().kafkaControllerPort();
    FreePorts.rebindSamePort(
        port,
        () -> {
          try {
            s.kafka().start(Duration.ofSeconds(90));
            return s;
          } catch (RuntimeException e) {
            s.kafka().stop(); // a failed start leaves the half-started server behind
            throw FreePorts.collisionOr(e, port, controllerPort);
          }
        });
  }

  /** Starts the stopped stand-in again on its port, as {@link #restartKafka()} does the broker. */
  static void restartMongo() {
    LocalStack s = get();
    int port = s.settings().mongoPort();
    FreePorts.rebindSamePort(
        port,
        () -> {
          try {
            s.mongo().start();
            return s;
          } catch (Exception e) { // its BindException is thrown undeclared
            s.mongo().stop(); // its file is open even when the bind failed
            throw FreePorts.collisionOr(e, port);
          }
        });
  }

  /** Everything written to standard output and standard error since the stack started. */
  static String capturedOutput() {
    return OUTPUT.text();
  }

  static Infrastructure infrastructure() {
    LocalStack s = get();
    return new Infrastructure() {
      @Override
      public String kafkaBootstrapServers() {
        return s.kafka().bootstrapServers();
      }

      @Override
      public String mongoConnectionString() {
        return s.mongo().connectionString();
      }

      @Override
      public String name() {
        return "local-stack";
      }
    };
  }

  static String topic(String property, String fallback) {
    return get().context("enrich").getEnvironment().getProperty(property, fallback);
  }

  /**
   * A port free a moment ago (racy: another process can take it before it is bound). Only for the
   * container variant, which maps it to a container; servers of this JVM start through {@link
   * OnFreshPorts}.
   */
  static int freePort() {
    return FreePorts.pick();
  }

  /** Tees System.out and System.err into memory. */
  private static final class ByteCapture {
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private boolean installed;

    synchronized void install() {
      if (installed) {
        return;
      }
      installed = true;
      System.setOut(tee(System.out));
      System.setErr(tee(System.err));
    }

    private PrintStream tee(PrintStream original) {
      return new PrintStream(
          new OutputStream() {
            @Override
            public void write(int b) {
              original.write(b);
              synchronized (ByteCapture.this) {
                bytes.write(b);
              }
            }

            @Override
            public void write(byte[] b, int off, int len) {
              original.write(b, off, len);
              synchronized (ByteCapture.this) {
                bytes.write(b, off, len);
              }
            }

            @Override
            public void flush() {
              original.flush();
            }
          },
          true,
          StandardCharsets.UTF_8);
    }

    synchronized String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
