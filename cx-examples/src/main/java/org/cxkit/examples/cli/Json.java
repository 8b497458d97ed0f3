package org.cxkit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cxkit.core.result.Estimate;

/** JSON output: maps in a fixed field order, so that the documented fields come out as documented. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }

  static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  /** An estimate in the library's one JSON shape, {@link Estimate#toJson()}, field for field. */
  static Map<String, Object> estimate(Estimate e) {
    try {
      return MAPPER.readValue(e.toJson(), new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (JsonProcessingException x) {
      throw new IllegalStateException("Estimate.toJson wrote invalid JSON: " + e.toJson(), x);
    }
  }
}
