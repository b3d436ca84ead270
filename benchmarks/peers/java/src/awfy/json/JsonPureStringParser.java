package awfy.json;

/**
 * A recursive-descent JSON parser that, as the suite requires, reads its input one single-character
 * string at a time (no char type), so that every language does the same work. Strings are captured as
 * substrings of the input; escapes are appended to a buffer.
 */
final class JsonPureStringParser {
  private final String input;
  private int index = -1;
  private int line = 1;
  private int column;
  /** The character being looked at, or null at the end of the input. */
  private String current;
  private String captureBuffer = "";
  private int captureStart = -1;

  JsonPureStringParser(String string) {
    input = string;
  }

  JsonValue parse() {
    read();
    skipWhiteSpace();
    JsonValue result = readValue();
    skipWhiteSpace();
    if (!isEndOfText()) {
      throw error("Unexpected character");
    }
    return result;
  }

  private JsonValue readValue() {
    if (current == null) {
      throw expected("value");
    }
    return switch (current) {
      case "n" -> readNull();
      case "t" -> readTrue();
      case "f" -> readFalse();
      case "\"" -> readString();
      case "[" -> readArray();
      case "{" -> readObject();
      case "-", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" -> readNumber();
      default -> throw expected("value");
    };
  }

  private JsonArray readArray() {
    read();
    JsonArray array = new JsonArray();
    skipWhiteSpace();
    if (readChar("]")) {
      return array;
    }
    do {
      skipWhiteSpace();
      array.add(readValue());
      skipWhiteSpace();
    } while (readChar(","));
    if (!readChar("]")) {
      throw expected("',' or ']'");
    }
    return array;
  }

  private JsonObject readObject() {
    read();
    JsonObject object = new JsonObject();
    skipWhiteSpace();
    if (readChar("}")) {
      return object;
    }
    do {
      skipWhiteSpace();
      String name = readName();
      skipWhiteSpace();
      if (!readChar(":")) {
        throw expected("':'");
      }
      skipWhiteSpace();
      object.add(name, readValue());
      skipWhiteSpace();
    } while (readChar(","));
    if (!readChar("}")) {
      throw expected("',' or '}'");
    }
    return object;
  }

  private String readName() {
    if (!"\"".equals(current)) {
      throw expected("name");
    }
    return readStringInternal();
  }

  private JsonValue readNull() {
    read();
    readRequiredChar("u");
    readRequiredChar("l");
    readRequiredChar("l");
    return JsonLiteral.NULL;
  }

  private JsonValue readTrue() {
    read();
    readRequiredChar("r");
    readRequiredChar("u");
    readRequiredChar("e");
    return JsonLiteral.TRUE;
  }

  private JsonValue readFalse() {
    read();
    readRequiredChar("a");
    readRequiredChar("l");
    readRequiredChar("s");
    readRequiredChar("e");
    return JsonLiteral.FALSE;
  }

  private void readRequiredChar(String ch) {
    if (!readChar(ch)) {
      throw expected("'" + ch + "'");
    }
  }

  private JsonValue readString() {
    return new JsonString(readStringInternal());
  }

  private String readStringInternal() {
    read();
    startCapture();
    while (!"\"".equals(current)) {
      if (current == null) {
        throw expected("'\"'");
      }
      if ("\\".equals(current)) {
        pauseCapture();
        readEscape();
        startCapture();
      } else {
        read();
      }
    }
    String string = endCapture();
    read();
    return string;
  }

  private void readEscape() {
    read();
    if (current == null) {
      throw expected("valid escape sequence");
    }
    captureBuffer += switch (current) {
      case "\"", "/", "\\" -> current;
      case "b" -> "\b";
      case "f" -> "\f";
      case "n" -> "\n";
      case "r" -> "\r";
      case "t" -> "\t";
      default -> throw expected("valid escape sequence");
    };
    read();
  }

  private JsonValue readNumber() {
    startCapture();
    readChar("-");
    String firstDigit = current;
    if (!readDigit()) {
      throw expected("digit");
    }
    if (!"0".equals(firstDigit)) {
      while (readDigit()) {
        // consume the integer part
      }
    }
    readFraction();
    readExponent();
    return new JsonNumber(endCapture());
  }

  private boolean readFraction() {
    if (!readChar(".")) {
      return false;
    }
    if (!readDigit()) {
      throw expected("digit");
    }
    while (readDigit()) {
      // consume the fraction
    }
    return true;
  }

  private boolean readExponent() {
    if (!readChar("e") && !readChar("E")) {
      return false;
    }
    if (!readChar("+")) {
      readChar("-");
    }
    if (!readDigit()) {
      throw expected("digit");
    }
    while (readDigit()) {
      // consume the exponent
    }
    return true;
  }

  private boolean readChar(String ch) {
    if (!ch.equals(current)) {
      return false;
    }
    read();
    return true;
  }

  private boolean readDigit() {
    if (!isDigit()) {
      return false;
    }
    read();
    return true;
  }

  private void skipWhiteSpace() {
    while (isWhiteSpace()) {
      read();
    }
  }

  private void read() {
    if ("\n".equals(current)) {
      line++;
      column = 0;
    }
    index++;
    column++;
    if (index < input.length()) {
      current = input.substring(index, index + 1);
    } else {
      current = null;
    }
  }

  private void startCapture() {
    captureStart = index;
  }

  private void pauseCapture() {
    int end = current == null ? index : index - 1;
    captureBuffer += input.substring(captureStart, end + 1);
    captureStart = -1;
  }

  private String endCapture() {
    int end = current == null ? index : index - 1;
    String captured;
    if (captureBuffer.isEmpty()) {
      captured = input.substring(captureStart, end + 1);
    } else {
      captureBuffer += input.substring(captureStart, end + 1);
      captured = captureBuffer;
      captureBuffer = "";
    }
    captureStart = -1;
    return captured;
  }

  private ParseException expected(String expected) {
    if (isEndOfText()) {
      return error("Unexpected end of input");
    }
    return error("Expected " + expected);
  }

  private ParseException error(String message) {
    return new ParseException(message, index, line, column - 1);
  }

  private boolean isWhiteSpace() {
    return " ".equals(current) || "\t".equals(current) || "\n".equals(current) || "\r".equals(current);
  }

  private boolean isDigit() {
    return current != null && switch (current) {
      case "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" -> true;
      default -> false;
    };
  }

  private boolean isEndOfText() {
    return current == null;
  }
}
