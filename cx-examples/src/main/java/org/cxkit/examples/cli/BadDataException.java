package org.cxkit.examples.cli;

/** The input data cannot be used as given; the program exits with status 1 and this message. */
final class BadDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadDataException(String message) {
    super(message);
  }
}
