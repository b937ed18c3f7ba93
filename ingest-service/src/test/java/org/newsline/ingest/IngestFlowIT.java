package org.newsline.ingest;

import org.newsline.testsupport.EmbeddedInfrastructure;
import org.newsline.testsupport.Infrastructure;

@EmbeddedIngestContext
class IngestFlowIT extends IngestFlowScenario {

  @Override
  protected Infrastructure infrastructure() {
    return EmbeddedInfrastructure.get();
  }
}
