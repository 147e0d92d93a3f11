package org.pmoengine.web;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The place of a JSON error as a person reads it: {@code variables.amount.value}, {@code items[2]}. */
final class JsonPaths {

  private JsonPaths() {}

  static String of(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
        .orElse("the body");
  }
}
