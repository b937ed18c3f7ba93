package org.newsline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The keys of a local stack. {@code INGEST_API_KEYS}, {@code STORE_API_KEYS} and {@code
 * MANAGEMENT_API_KEYS} from the environment win; where one is unset, the stack's own key is used:
 * generated once with a secure random, written to {@code <data-dir>/api-key} (owner-only) and
 * reused on later starts.
 */
public record ApiKeyFile(
    String ingestKeys, String storeKeys, String managementKeys, boolean generated) {

  static final String FILE_NAME = "api-key";

  /** One key for writing, reading and management: for tests. */
  public static ApiKeyFile single(String key) {
    return new ApiKeyFile(key, key, key, false);
  }

  /** The first key of a comma-separated list, for the stack's own calls. */
  public static String first(String keys) {
    int comma = keys.indexOf(',');
    return (comma < 0 ? keys : keys.substring(0, comma)).trim();
  }

  static ApiKeyFile resolve(Path dataDir, Map<String, String> env) {
    String ingest = blankToNull(env.get("INGEST_API_KEYS"));
    String store = blankToNull(env.get("STORE_API_KEYS"));
    String management = blankToNull(env.get("MANAGEMENT_API_KEYS"));
    if (ingest != null && store != null && management != null) {
      return new ApiKeyFile(ingest, store, management, false);
    }
    Path file = dataDir.resolve(FILE_NAME);
    boolean generated = false;
    String own;
    try {
      if (Files.exists(file)) {
        own = Files.readString(file, StandardCharsets.UTF_8).trim();
      } else {
        Files.createDirectories(dataDir);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        own = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(file, own + System.lineSeparator(), StandardCharsets.UTF_8);
        restrictToOwner(file);
        generated = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + file, e);
    }
    return new ApiKeyFile(
        ingest != null ? ingest : own,
        store != null ? store : own,
        management != null ? management : own,
        generated);
  }

  private static void restrictToOwner(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system: the file keeps the platform's default permissions.
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
