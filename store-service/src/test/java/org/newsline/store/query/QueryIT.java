package org.newsline.store.query;

import org.newsline.store.StoreTestSetup;
import org.newsline.testsupport.EmbeddedInfrastructure;
import org.newsline.testsupport.Infrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class QueryIT extends QueryScenario {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    StoreTestSetup.register(registry, EmbeddedInfrastructure.get());
  }

  @Override
  protected Infrastructure infrastructure() {
    return EmbeddedInfrastructure.get();
  }
}
