package org.cxkit.examples.csv;

/**
 * Thrown when a CSV file cannot be read row by row at all: its header lacks a required column, names
 * a column the file does not define, names one twice, or the text is not valid CSV. The message names
 * the file and the column (or the line).
 *
 * <p>It is an {@link IllegalArgumentException}: the file given is at fault, not the program.
 */
public final class CsvHeaderException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String column;

  CsvHeaderException(String file, String column, String message) {
    super(file + ": " + message);
    this.file = file;
    this.column = column;
  }

  CsvHeaderException(String file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
    this.column = "";
  }

  /**
   * Returns the name of the file at fault.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * Returns the column at fault.
   *
   * @return the column name, or empty text if the fault is not in one column (text that is not CSV)
   */
  public String column() {
    return column;
  }
}
