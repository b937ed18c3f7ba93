package org.newsline.store.writing;

import org.newsline.store.StoreTestSetup;
import org.newsline.testsupport.EmbeddedInfrastructure;
import org.newsline.testsupport.Infrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class RemovalIT extends RemovalScenario {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    StoreTestSetup.register(registry, EmbeddedInfrastructure.get());
  }

  @Override
  protected Infrastructure infrastructure() {
    return EmbeddedInfrastructure.get();
  }
}
