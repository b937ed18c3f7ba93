package org.newsline.localstack;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Where {@code ./run-local}'s log lines go. By default the console shows the stack's own lines
 * (what starts and stops, the summary) and errors from anything, while every line of the broker,
 * the stand-in and the three services goes to {@code DATA_DIR/logs/services.log} (rolled at 10 MB,
 * three files kept); {@code --verbose} shows them all on the console as well.
 *
 * <p>The choice is made with two system properties that {@code logback.xml} reads through {@link
 * StackConsoleFilter} and {@link ServicesLogAppender}, so it survives the reconfiguration of
 * logback that Spring Boot does at the start of each service's context. Without them (the stack in
 * a test, the benchmarks) everything goes to the console as before.
 */
final class ServiceLogs {

  /** The services' log file; unset: no file, and the console shows everything. */
  static final String FILE_PROPERTY = "newsline.local.services-log";

  /** {@code true}: the console shows the services' lines too. */
  static final String VERBOSE_PROPERTY = "newsline.local.verbose";

  /** The stack's own loggers, always on the console. */
  static final String STACK_LOGGERS = "org.newsline.localstack";

  private static final String CONFIG = "logback.xml";

  private ServiceLogs() {}

  /** The log file for a data directory. */
  static Path file(Path dataDir) {
    return dataDir.resolve("logs").resolve("services.log");
  }

  /**
   * Routes the services' lines to {@link #file(Path)} of {@code dataDir} from now on, and to the
   * console too when {@code verbose}; returns the file.
   */
  static Path route(Path dataDir, boolean verbose) {
    Path file = file(dataDir).toAbsolutePath();
    System.setProperty(FILE_PROPERTY, file.toString());
    System.setProperty(VERBOSE_PROPERTY, Boolean.toString(verbose));
    // Spring Boot reloads this file at each service's start (and not a logback-test.xml that a
    // test's classpath may hold).
    System.setProperty("logging.config", "classpath:" + CONFIG);
    reconfigure();
    return file;
  }

  /** Loads {@code logback.xml} again, as Spring Boot does, so the properties take effect now. */
  private static void reconfigure() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another SLF4J backend: leave it as it is configured
    }
    URL config = ServiceLogs.class.getClassLoader().getResource(CONFIG);
    if (config == null) {
      return;
    }
    context.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(config);
    } catch (JoranException e) {
      throw new IllegalStateException("cannot load " + config, e);
    }
  }
}
