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
import java.util.ArrayList;
import java.util.List;
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
  void theStandInOnAPortTakenBeforeItsBindFailsTheOldWayAndStartsOnANewPortTheNewWay()
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

    // The new way: the same theft on the first attempt only.
    List<ServerSocket> taken = new ArrayList<>();
    LocalMongo mongo =
        OnFreshPorts.mongo(
            Files.createDirectories(dir.resolve("new")),
            port -> {
              if (taken.isEmpty()) {
                taken.add(listenOn(port));
              }
            });
    try (mongo;
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      assertThat(mongo.connectionString()).doesNotEndWith(":" + taken.get(0).getLocalPort());
      client.getDatabase("ports").getCollection("probe").insertOne(new Document("_id", "x"));
      assertThat(client.getDatabase("ports").getCollection("probe").countDocuments()).isEqualTo(1);
    } finally {
      for (ServerSocket socket : taken) {
        socket.close();
      }
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
