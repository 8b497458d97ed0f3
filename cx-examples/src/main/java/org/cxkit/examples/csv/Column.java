package org.cxkit.examples.csv;

import java.util.Objects;

/**
 * One documented column of a cx CSV file: its name in the header row, what it holds, its format, and
 * whether a value is required.
 *
 * <p>A required column must be in the header and have a value on every row. An optional column may
 * be left out of the header altogether, and its cells may be empty. This record is immutable and
 * thread-safe.
 *
 * @param name the header name, such as {@code occurred_at}
 * @param format the type and format, such as "ISO-8601 instant, e.g. 2025-03-01T09:30:00Z"
 * @param required whether every row must have a value
 * @param description what the column holds
 */
public record Column(String name, String format, boolean required, String description) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(description, "description");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Invalid value for column name (must not be blank): \"" + name + "\"");
    }
  }

  static Column required(String name, String format, String description) {
    return new Column(name, format, true, description);
  }

  static Column optional(String name, String format, String description) {
    return new Column(name, format, false, description);
  }
}
