package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.localstack.LocalMongo;

/**
 * The stand-in started the way this module's tests start it, while another server takes the port it
 * was given between the pick and the bind (what another stack beside this one does).
 */
class OnFreshPortsIT {

  @TempDir Path dir;

  @Test
  void theStandInOnAPortTakenBeforeItsBindFailsTheOldWayAndBindsAPortOfItsOwnTheNewWay()
      throws Exception {
    // The old way: a picked port, taken before the stand-in binds it.
    int picked = SharedStack.freePort();
    try (ServerSocket otherStack = listenOn(picked)) {
      LocalMongo old = new LocalMongo(dir.resolve("old"), "127.0.0.1", picked);
      try {
        assertThatThrownBy(old::start).isInstanceOf(BindException.class);
      } finally {
        old.stop();
      }
    }

    // The new way: no port is picked; the stand-in binds port 0 and reads back what it got,
    // while the port the old way picked is still another's.
    try (ServerSocket otherStack = listenOn(picked);
        LocalMongo mongo = OnFreshPorts.mongo(Files.createDirectories(dir.resolve("new")));
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      assertThat(mongo.connectionString())
          .doesNotEndWith(":0")
          .doesNotEndWith(":" + otherStack.getLocalPort());
      client.getDatabase("ports").getCollection("probe").insertOne(new Document("_id", "x"));
      assertThat(client.getDatabase("ports").getCollection("probe").countDocuments()).isEqualTo(1);
    }
  }

  private static ServerSocket listenOn(int port) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
