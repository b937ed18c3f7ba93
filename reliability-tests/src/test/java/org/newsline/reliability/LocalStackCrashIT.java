package org.newsline.reliability;

import java.util.List;

/**
 * {@link StackCrashScenario} on the embedded default: {@code ./run-local}'s whole JVM (KRaft
 * broker, MongoDB stand-in on its H2 file, the three services) is killed and started again on the
 * same data directory and ports.
 */
class LocalStackCrashIT extends StackCrashScenario {

  @Override
  protected boolean ownInfrastructure() {
    return true;
  }

  @Override
  protected String prefix() {
    return "stack-crash-";
  }

  @Override
  protected StackProcess start(String name) {
    return StackProcess.start(name, settings(), START, List.of());
  }

  @Override
  protected String kafka() {
    return "localhost:" + settings().kafkaPort();
  }

  @Override
  protected String mongo() {
    return "mongodb://127.0.0.1:" + settings().mongoPort() + "/?retryWrites=false";
  }
}
