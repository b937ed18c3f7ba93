package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLogsTest {

  @TempDir Path dir;

  @AfterEach
  void clearProperties() {
    System.clearProperty(ServiceLogs.FILE_PROPERTY);
    System.clearProperty(ServiceLogs.VERBOSE_PROPERTY);
  }

  @Test
  void whileServicesLogToAFileTheConsoleShowsTheStacksOwnLinesAndErrorsOnly() {
    System.setProperty(ServiceLogs.FILE_PROPERTY, dir.resolve("services.log").toString());
    StackConsoleFilter filter = startedFilter();

    assertThat(filter.decide(event("org.newsline.localstack.LocalStack", Level.INFO)))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(event("org.springframework.boot.SpringApplication", Level.INFO)))
        .isEqualTo(FilterReply.DENY);
    assertThat(filter.decide(event("org.apache.kafka.clients.NetworkClient", Level.WARN)))
        .isEqualTo(FilterReply.DENY);
    assertThat(filter.decide(event("org.newsline.store.writing.BatchWriter", Level.ERROR)))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void verboseOrNoFileShowsEverythingOnTheConsole() {
    StackConsoleFilter withoutFile = startedFilter();
    System.setProperty(ServiceLogs.FILE_PROPERTY, dir.resolve("services.log").toString());
    System.setProperty(ServiceLogs.VERBOSE_PROPERTY, "true");
    StackConsoleFilter verbose = startedFilter();

    LoggingEvent service = event("org.springframework.boot.SpringApplication", Level.INFO);
    assertThat(withoutFile.decide(service)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(verbose.decide(service)).isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void theStacksLogbackConfigurationWritesEveryLineToTheNamedFile() throws Exception {
    Path file = ServiceLogs.file(dir);
    System.setProperty(ServiceLogs.FILE_PROPERTY, file.toString());
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getClassLoader().getResource("logback.xml"));

    context.getLogger("org.springframework.boot.SpringApplication").info("Started the service");
    context.getLogger("org.newsline.localstack.LocalStack").info("Stack line");
    context.getLogger("org.apache.kafka.clients.Metadata").info("below the broker's level");
    context.stop();

    assertThat(Files.readString(file))
        .contains("INFO", "o.s.boot.SpringApplication", "Started the service")
        .contains("Stack line")
        .doesNotContain("below the broker's level");
  }

  private static StackConsoleFilter startedFilter() {
    StackConsoleFilter filter = new StackConsoleFilter();
    filter.start();
    return filter;
  }

  private static LoggingEvent event(String logger, Level level) {
    LoggingEvent event = new LoggingEvent();
    event.setLoggerName(logger);
    event.setLevel(level);
    event.setMessage("m");
    return event;
  }
}
