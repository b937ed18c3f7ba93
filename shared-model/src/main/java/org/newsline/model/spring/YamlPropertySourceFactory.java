package org.newsline.model.spring;

import java.io.IOException;
import java.util.List;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertySourceFactory;

/**
 * Lets {@code @PropertySource} read a YAML file. Each service keeps its defaults in its own file
 * ({@code ingest-service.yml}, …) named on its application class, rather than in {@code
 * application.yml}: the local stack runs all three services in one JVM, where three {@code
 * application.yml} files on one classpath would shadow each other. Such defaults rank below {@code
 * application.yml}, environment variables, system properties and command-line arguments, so every
 * deployment can still override them.
 */
public final class YamlPropertySourceFactory implements PropertySourceFactory {

  @Override
  public PropertySource<?> createPropertySource(String name, EncodedResource resource)
      throws IOException {
    String sourceName = name != null ? name : resource.getResource().getFilename();
    List<PropertySource<?>> sources =
        new YamlPropertySourceLoader().load(sourceName, resource.getResource());
    if (sources.size() != 1) {
      throw new IOException(
          resource.getResource() + " must hold exactly one YAML document, not " + sources.size());
    }
    return sources.get(0);
  }
}
