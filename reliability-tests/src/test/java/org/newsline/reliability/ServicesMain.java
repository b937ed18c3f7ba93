package org.newsline.reliability;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.newsline.localstack.ApiKeyFile;
import org.newsline.localstack.LocalStack;
import org.newsline.localstack.LocalStackSettings;

/**
 * The three services of the local stack on external Kafka and MongoDB, as a process of their own
 * that a crash test can kill ({@link StackProcess#startServices}): arguments data directory,
 * ingest, enrich and store ports, Kafka bootstrap servers, MongoDB connection string (no database).
 * Keys from {@code INGEST_API_KEYS}, {@code STORE_API_KEYS} and {@code MANAGEMENT_API_KEYS}. The
 * enrich service keeps one transactional-id prefix across starts, as an operator running one
 * instance under a stable {@code ENRICH_TRANSACTION_ID_PREFIX} would.
 */
final class ServicesMain {

  private ServicesMain() {}

  public static void main(String[] args) throws InterruptedException {
    LocalStackSettings settings =
        new LocalStackSettings(
            Path.of(args[0]),
            0,
            0,
            0,
            Integer.parseInt(args[1]),
            Integer.parseInt(args[2]),
            Integer.parseInt(args[3]));
    LocalStack services =
        LocalStack.onExternal(
            settings,
            new ApiKeyFile(
                System.getenv("INGEST_API_KEYS"),
                System.getenv("STORE_API_KEYS"),
                System.getenv("MANAGEMENT_API_KEYS"),
                false),
            Map.of("spring.kafka.producer.transaction-id-prefix", "crash-test-enrich-"),
            args[4],
            args[5]);
    services.start();
    new CountDownLatch(1).await(); // until killed
  }
}
