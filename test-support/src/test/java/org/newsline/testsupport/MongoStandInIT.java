package org.newsline.testsupport;

class MongoStandInIT extends MongoStandInScenario {

  @Override
  protected Infrastructure infrastructure() {
    return EmbeddedInfrastructure.get();
  }
}
