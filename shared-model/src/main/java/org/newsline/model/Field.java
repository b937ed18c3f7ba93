package org.newsline.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The article field a mention was found in; offsets are char offsets into that field. */
public enum Field {
  TITLE("title"),
  BODY("body");

  private final String json;

  Field(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }
}
