package org.cxkit.examples.csv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One data row of a CSV file as it was read, before conversion: the file name, the 1-based line it
 * starts on (the header is line 1) and its values by column name, in the file's column order.
 *
 * <p>This is the item that a reader sets aside when the row cannot be converted, so that the user
 * can find it in the file. This record is immutable and thread-safe.
 *
 * @param file the file name, such as {@code responses.csv}
 * @param line the 1-based line number the row starts on, 2 or more
 * @param values the values by column name, as read (not trimmed)
 */
public record CsvRow(String file, long line, Map<String, String> values) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if the line is below 2 (line 1 is the header)
   */
  public CsvRow {
    Objects.requireNonNull(file, "file");
    if (line < 2) {
      throw new IllegalArgumentException("Invalid value for line (must be at least 2, line 1 is the header): " + line);
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
  }

  /**
   * Obtains a row.
   *
   * @param file the file name
   * @param line the 1-based line number, 2 or more
   * @param values the values by column name
   * @return the row
   */
  public static CsvRow of(String file, long line, Map<String, String> values) {
    return new CsvRow(file, line, values);
  }

  /** Returns a form such as {@code responses.csv line 17 {type=nps, score=11, ...}}. */
  @Override
  public String toString() {
    return file + " line " + line + " " + values;
  }
}
