package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SummaryTest {

  private static final Path DATA = Path.of("/home/you/newsline/.local-stack");

  private FakeHttp store;

  @BeforeEach
  void startStore() throws Exception {
    store =
        new FakeHttp()
            .on(
                "/api/v1/articles",
                r ->
                    new FakeHttp.Answer(
                        200,
                        """
                        {"items": [
                          {"id": "a", "entities": [
                            {"name": "Helen Marsh", "type": "PERSON", "count": 3}]},
                          {"id": "b", "entities": [
                            {"name": "Helen Marsh", "type": "PERSON", "count": 2}]}]}
                        """))
            .on(
                "/api/v1/figures",
                r ->
                    new FakeHttp.Answer(
                        200,
                        """
                        {"items": [
                          {"text": "2", "kind": "COUNT", "qualifier": "EXACT", "value": 2.0,
                           "low": 2.0, "high": 2.0, "unitNormalized": null, "direction": null,
                           "articleId": "sample-election-count"},
                          {"text": "As many as 300,000 postal votes", "kind": "COUNT",
                           "qualifier": "AT_MOST", "value": 300000.0, "low": 300000.0,
                           "high": 300000.0, "unitNormalized": "postal vote",
                           "direction": null, "articleId": "sample-election-count"},
                          {"text": "turnout rose 4%", "kind": "PERCENT", "qualifier": "EXACT",
                           "value": 4.0, "low": 4.0, "high": 4.0, "unitNormalized": "percent",
                           "direction": "UP", "articleId": "sample-election-count"},
                          {"text": "20-25 seats", "kind": "COUNT", "qualifier": "EXACT",
                           "value": 20.0, "low": 20.0, "high": 25.0, "unitNormalized": "seat",
                           "direction": null, "articleId": "sample-election-count"}]}
                        """));
  }

  @AfterEach
  void stopStore() {
    store.close();
  }

  @Test
  void aRunningStackReportsWhatThisStartFedAndStoredAndHowToStop() throws Exception {
    String printed = print(8, 8, false);

    assertThat(printed)
        .contains("Newsline is running.")
        .contains("  Articles stored: 8 of 8\n")
        .contains("Helen Marsh", "PERSON", "2 articles, 5 mentions")
        .contains("\"turnout rose 4%\"", "4 percent, EXACT, up")
        .contains("\"As many as 300,000 postal votes\"", "300,000 postal vote, AT_MOST")
        .doesNotContain("20-25 seats", "\"2\" ")
        .contains("(sample-election-count)")
        .contains("Try next", "localhost:" + store.port() + "/api/v1/articles?limit=5")
        .contains("Press Ctrl-C to stop; the data stays in " + DATA + ".");
    assertThat(store.requests())
        .extracting(FakeHttp.Request::apiKey)
        .as("the store's key on every call")
        .containsOnly("read-key");
    assertThat(store.requests())
        .extracting(FakeHttp.Request::pathAndQuery)
        .as("a bounded read of the newest articles, never the archive-wide aggregation")
        .contains("/api/v1/articles?limit=200")
        .noneMatch(path -> path.startsWith("/api/v1/entities"));
  }

  @Test
  void exitWhenFedReportsTheCountsAndNeverSaysPressCtrlC() throws Exception {
    String printed = print(3, 2, true);

    assertThat(printed)
        .contains("--exit-when-fed")
        .contains("  Articles stored: 2 of 3 (the rest were not stored within --store-timeout)")
        .contains("Helen Marsh")
        .contains("the data stays in " + DATA)
        .doesNotContain("Press Ctrl-C")
        .doesNotContain("Try next")
        .doesNotContain("Sample articles stored");
  }

  @Test
  void aStartThatFedNothingSaysSo() throws Exception {
    assertThat(print(0, 0, false))
        .contains("  Articles stored: 0 of 0 (nothing fed on this start)");
  }

  private String print(int fed, int stored, boolean exiting) throws Exception {
    LocalStackSettings settings = new LocalStackSettings(DATA, 1, 2, 3, 4, 5, store.port());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Summary.print(
        out,
        new StoreClient(settings, new ApiKeyFile("write-key", "read-key", "ops-key", false)),
        settings,
        fed,
        stored,
        exiting);
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
