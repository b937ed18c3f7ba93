package org.newsline.enrich.pipeline;

import org.newsline.testsupport.EmbeddedInfrastructure;
import org.newsline.testsupport.Infrastructure;

class ReplayIT extends ReplayScenario {

  @Override
  protected Infrastructure infrastructure() {
    return EmbeddedInfrastructure.get();
  }
}
