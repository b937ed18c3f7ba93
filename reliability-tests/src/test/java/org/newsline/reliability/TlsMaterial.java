package org.newsline.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed PKCS12 key store for {@code CN=localhost} (SAN {@code dns:localhost}, {@code
 * ip:127.0.0.1}) and a trust store holding its certificate, made at test time with the running
 * JDK's {@code keytool}: no key material is kept in the repository.
 *
 * @param keyStore the broker's key pair and certificate
 * @param trustStore the certificate only, for clients
 * @param password of both stores (and of the key)
 */
record TlsMaterial(Path keyStore, Path trustStore, String password) {

  static final String TYPE = "PKCS12";

  static TlsMaterial generate(Path dir) {
    String password = "tls-" + UUID.randomUUID();
    Path keyStore = dir.resolve("broker.keystore.p12");
    Path certificate = dir.resolve("broker.crt");
    Path trustStore = dir.resolve("client.truststore.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "broker",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "2",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=dns:localhost,ip:127.0.0.1",
        "-storetype",
        TYPE,
        "-keystore",
        keyStore.toString(),
        "-storepass",
        password,
        "-keypass",
        password);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "broker",
        "-keystore",
        keyStore.toString(),
        "-storetype",
        TYPE,
        "-storepass",
        password,
        "-file",
        certificate.toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "broker",
        "-file",
        certificate.toString(),
        "-storetype",
        TYPE,
        "-keystore",
        trustStore.toString(),
        "-storepass",
        password);
    return new TlsMaterial(keyStore, trustStore, password);
  }

  private static void keytool(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run keytool", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
