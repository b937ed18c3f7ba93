package org.newsline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsline.localstack.LocalKafkaBroker;

/**
 * A benchmark's Kafka broker in a JVM of its own, as brokers run in production: its CPU is not the
 * measured service's. Started by {@link Infra}; prints {@value #READY} once the broker serves
 * metadata and stops the broker when its standard input closes (the parent closed it or died).
 *
 * <pre>
 * java -cp ... org.newsline.bench.BrokerProcess DIR PORT CONTROLLER_PORT PARTITIONS [name=value ...]
 * </pre>
 */
final class BrokerProcess {

  static final String READY = "broker ready";

  private BrokerProcess() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (int i = 4; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      overrides.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    LocalKafkaBroker broker =
        new LocalKafkaBroker(
            Path.of(args[0]),
            Integer.parseInt(args[1]),
            Integer.parseInt(args[2]),
            Integer.parseInt(args[3]),
            overrides);
    broker.start(Duration.ofSeconds(90));
    System.out.println(READY);
    System.out.flush();
    while (System.in.read() != -1) {
      // runs until the parent closes the pipe
    }
    broker.close();
  }
}
