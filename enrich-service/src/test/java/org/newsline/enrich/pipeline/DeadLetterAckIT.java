package org.newsline.enrich.pipeline;

import org.newsline.testsupport.EmbeddedInfrastructure;
import org.newsline.testsupport.Infrastructure;

class DeadLetterAckIT extends DeadLetterAckScenario {

  @Override
  protected Infrastructure infrastructure() {
    return EmbeddedInfrastructure.get();
  }
}
