package awfy.json;

/** A JSON number, kept as the text that was read. */
final class JsonNumber extends JsonValue {
  private final String string;

  JsonNumber(String string) {
    if (string == null) {
      throw new IllegalArgumentException("string is null");
    }
    this.string = string;
  }

  @Override
  public String toString() {
    return string;
  }

  @Override
  boolean isNumber() {
    return true;
  }
}
