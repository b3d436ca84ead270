package awfy.json;

/** A JSON string. */
final class JsonString extends JsonValue {
  private final String string;

  JsonString(String string) {
    this.string = string;
  }

  @Override
  public String toString() {
    return string;
  }

  @Override
  boolean isString() {
    return true;
  }
}
