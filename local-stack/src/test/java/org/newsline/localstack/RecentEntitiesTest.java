package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RecentEntitiesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void ranksByArticlesThenMentionsThenName() {
    JsonNode articles =
        json(
            """
            [{"entities": [{"name": "Rotterdam", "type": "LOCATION", "count": 1},
                           {"name": "Helen Marsh", "type": "PERSON", "count": 4}]},
             {"entities": [{"name": "Rotterdam", "type": "LOCATION", "count": 2},
                           {"name": "Port Ellis", "type": "LOCATION", "count": 9}]},
             {"entities": [{"name": "Helen Marsh", "type": "PERSON", "count": 1},
                           {"name": "Coastline Gazette", "type": "ORGANIZATION", "count": 9}]}]
            """);

    assertThat(RecentEntities.top(articles, 3))
        .containsExactly(
            new RecentEntities.Count("Helen Marsh", "PERSON", 2, 5),
            new RecentEntities.Count("Rotterdam", "LOCATION", 2, 3),
            new RecentEntities.Count("Coastline Gazette", "ORGANIZATION", 1, 9));
  }

  @Test
  void aNameOfTwoTypesIsTwoEntitiesAndARepeatInOneArticleCountsThatArticleOnce() {
    JsonNode articles =
        json(
            """
            [{"entities": [{"name": "Chelsea", "type": "ORGANIZATION", "count": 2},
                           {"name": "Chelsea", "type": "ORGANIZATION", "count": 1},
                           {"name": "Chelsea", "type": "PERSON", "count": 1}]}]
            """);

    assertThat(RecentEntities.top(articles, 5))
        .containsExactly(
            new RecentEntities.Count("Chelsea", "ORGANIZATION", 1, 3),
            new RecentEntities.Count("Chelsea", "PERSON", 1, 1));
  }

  @Test
  void countsAnEntityByItsCanonicalNameElseByItsName() {
    JsonNode articles =
        json(
            """
            [{"entities": [{"name": "EU", "canonicalName": "European Union",
                            "type": "ORGANIZATION", "count": 2}]},
             {"entities": [{"name": "European Union", "canonicalName": "European Union",
                            "type": "ORGANIZATION", "count": 1}]},
             {"entities": [{"name": "European Union", "canonicalName": null,
                            "type": "ORGANIZATION", "count": 1}]}]
            """);

    assertThat(RecentEntities.top(articles, 5))
        .containsExactly(new RecentEntities.Count("European Union", "ORGANIZATION", 3, 4));
  }

  @Test
  void articlesWithoutEntitiesGiveAnEmptyList() {
    assertThat(RecentEntities.top(json("[{\"entities\": []}, {}]"), 5)).isEmpty();
  }

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }
}
