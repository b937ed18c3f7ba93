package org.newsline.enrich.pipeline;

import org.newsline.testsupport.EmbeddedInfrastructure;
import org.newsline.testsupport.Infrastructure;

class EnrichFlowIT extends EnrichFlowScenario {

  @Override
  protected Infrastructure infrastructure() {
    return EmbeddedInfrastructure.get();
  }
}
