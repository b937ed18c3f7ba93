package org.newsline.localstack;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;

/**
 * The services' log file in {@code logback.xml}: every line, appended to the file {@link
 * ServiceLogs} names (rolled at 10 MB, three older files kept), or nothing when it names none.
 */
public final class ServicesLogAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

  private String pattern = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p [%t] %logger{39} : %m%n";
  private RollingFileAppender<ILoggingEvent> file;

  /** The line pattern ({@code logback.xml} sets Spring Boot's file pattern). */
  public void setPattern(String pattern) {
    this.pattern = pattern;
  }

  @Override
  public void start() {
    String path = System.getProperty(ServiceLogs.FILE_PROPERTY);
    if (path != null) {
      file = rolling(path);
    }
    super.start();
  }

  @Override
  public void stop() {
    if (file != null) {
      file.stop();
      file = null;
    }
    super.stop();
  }

  @Override
  protected void append(ILoggingEvent event) {
    RollingFileAppender<ILoggingEvent> target = file;
    if (target != null) {
      target.doAppend(event);
    }
  }

  private RollingFileAppender<ILoggingEvent> rolling(String path) {
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(getContext());
    appender.setName(getName() + "-file");
    appender.setFile(path);
    appender.setAppend(true);

    FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
    rolling.setContext(getContext());
    rolling.setParent(appender);
    rolling.setFileNamePattern(path + ".%i");
    rolling.setMinIndex(1);
    rolling.setMaxIndex(3);
    rolling.start();

    SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
    trigger.setContext(getContext());
    trigger.setMaxFileSize(FileSize.valueOf("10MB"));
    trigger.start();

    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(getContext());
    encoder.setPattern(pattern);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();

    appender.setRollingPolicy(rolling);
    appender.setTriggeringPolicy(trigger);
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }
}
