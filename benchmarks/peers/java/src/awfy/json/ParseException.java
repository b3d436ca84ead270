package awfy.json;

/** Malformed input, with where it was found. */
final class ParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ParseException(String message, int offset, int line, int column) {
    super(message + " at " + line + ":" + column + " (offset " + offset + ")");
  }
}
