package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyFileTest {

  @TempDir Path dataDir;

  @Test
  void generatesAKeyOnceWritesItForTheOwnerOnlyAndReusesIt() throws Exception {
    ApiKeyFile first = ApiKeyFile.resolve(dataDir, Map.of());
    ApiKeyFile second = ApiKeyFile.resolve(dataDir, Map.of());

    assertThat(first.generated()).isTrue();
    assertThat(second.generated()).isFalse();
    assertThat(first.ingestKeys()).hasSizeGreaterThanOrEqualTo(40).isEqualTo(second.ingestKeys());
    assertThat(first.storeKeys()).isEqualTo(first.ingestKeys());
    Path file = dataDir.resolve(ApiKeyFile.FILE_NAME);
    assertThat(Files.readString(file).trim()).isEqualTo(first.ingestKeys());
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void keysFromTheEnvironmentWinAndNothingIsWritten() {
    ApiKeyFile keys =
        ApiKeyFile.resolve(
            dataDir,
            Map.of(
                "INGEST_API_KEYS", "in-1,in-2",
                "STORE_API_KEYS", "read-1",
                "MANAGEMENT_API_KEYS", "ops-1"));

    assertThat(keys.generated()).isFalse();
    assertThat(keys.ingestKeys()).isEqualTo("in-1,in-2");
    assertThat(ApiKeyFile.first(keys.ingestKeys())).isEqualTo("in-1");
    assertThat(keys.storeKeys()).isEqualTo("read-1");
    assertThat(dataDir.resolve(ApiKeyFile.FILE_NAME)).doesNotExist();
  }

  @Test
  void aRoleWithoutAnEnvironmentKeyUsesTheGeneratedOne() {
    ApiKeyFile keys = ApiKeyFile.resolve(dataDir, Map.of("INGEST_API_KEYS", "in-1"));

    assertThat(keys.ingestKeys()).isEqualTo("in-1");
    assertThat(keys.storeKeys()).isNotEqualTo("in-1").isEqualTo(keys.managementKeys());
  }
}
