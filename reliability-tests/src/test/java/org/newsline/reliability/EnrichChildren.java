package org.newsline.reliability;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The enrich child JVMs of one test: started through it, killed after the test whatever happened,
 * and, when the test failed, the end of each one's output is printed with the failure.
 */
final class EnrichChildren implements AfterEachCallback, ParameterResolver {

  private final List<EnrichProcess> started = new ArrayList<>();

  EnrichProcess start(String name, EnrichProcess.Names names) {
    return started(EnrichProcess.start(name, names));
  }

  EnrichProcess start(
      String name,
      EnrichProcess.Names names,
      String transactionIdPrefix,
      java.time.Duration transactionTimeout) {
    return started(EnrichProcess.start(name, names, transactionIdPrefix, transactionTimeout));
  }

  private EnrichProcess started(EnrichProcess child) {
    started.add(child);
    return child;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (EnrichProcess child : started) {
      child.close();
      if (context.getExecutionException().isPresent()) {
        System.err.println(child.tail(60));
      }
    }
    started.clear();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == EnrichChildren.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return this;
  }
}
