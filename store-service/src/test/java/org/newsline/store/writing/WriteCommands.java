package org.newsline.store.writing;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the write commands the application's MongoDB client sends, as they go on the wire, so a
 * test can check what the server is asked for (the write concern, for one) rather than what a bean
 * is configured with.
 */
@TestConfiguration(proxyBeanMethods = false)
class WriteCommands {

  private static final Set<String> WRITES = Set.of("insert", "update", "delete");

  private final List<BsonDocument> sent = new CopyOnWriteArrayList<>();

  @Bean
  MongoClientSettingsBuilderCustomizer recordWriteCommands() {
    return settings ->
        settings.addCommandListener(
            new CommandListener() {
              @Override
              public void commandStarted(CommandStartedEvent event) {
                if (WRITES.contains(event.getCommandName())) {
                  sent.add(event.getCommand().clone());
                }
              }
            });
  }

  /** The write commands sent so far, oldest first. */
  List<BsonDocument> sent() {
    return List.copyOf(sent);
  }
}
