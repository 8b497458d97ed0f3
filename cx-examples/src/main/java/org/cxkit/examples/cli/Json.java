package org.cxkit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
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

  /** An estimate as {@code {value, n, lower, upper, level, marginOfError}}. */
  static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = object();
    m.put("value", e.value());
    m.put("n", e.n());
    m.put("lower", e.lower());
    m.put("upper", e.upper());
    m.put("level", e.level());
    m.put("marginOfError", e.marginOfError());
    return m;
  }
}
