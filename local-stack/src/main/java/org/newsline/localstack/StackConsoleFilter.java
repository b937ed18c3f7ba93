package org.newsline.localstack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The console's filter in {@code logback.xml}: while the services log to a file ({@link
 * ServiceLogs}) and not {@code --verbose}, only the stack's own lines and errors pass.
 */
public final class StackConsoleFilter extends Filter<ILoggingEvent> {

  private boolean servicesElsewhere;

  @Override
  public void start() {
    servicesElsewhere =
        System.getProperty(ServiceLogs.FILE_PROPERTY) != null
            && !Boolean.getBoolean(ServiceLogs.VERBOSE_PROPERTY);
    super.start();
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    if (!servicesElsewhere
        || event.getLevel().isGreaterOrEqual(Level.ERROR)
        || event.getLoggerName().startsWith(ServiceLogs.STACK_LOGGERS)) {
      return FilterReply.NEUTRAL;
    }
    return FilterReply.DENY;
  }
}
