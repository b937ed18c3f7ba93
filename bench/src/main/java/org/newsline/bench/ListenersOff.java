package org.newsline.bench;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;

/**
 * Added to a service's context so its Kafka listeners do not start with it: the benchmark starts
 * them ({@code KafkaListenerEndpointRegistry.start()}) when the clock starts.
 */
@Configuration(proxyBeanMethods = false)
public class ListenersOff {

  @Bean
  static BeanPostProcessor listenersOffPostProcessor() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory) {
          factory.setAutoStartup(false);
        }
        return bean;
      }
    };
  }
}
