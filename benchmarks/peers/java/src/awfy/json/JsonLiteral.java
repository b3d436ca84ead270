package awfy.json;

/** null, true and false. */
final class JsonLiteral extends JsonValue {
  static final JsonLiteral NULL = new JsonLiteral("null");
  static final JsonLiteral TRUE = new JsonLiteral("true");
  static final JsonLiteral FALSE = new JsonLiteral("false");

  private final String value;

  private JsonLiteral(String value) {
    this.value = value;
  }

  @Override
  public String toString() {
    return value;
  }

  @Override
  boolean isNull() {
    return this == NULL;
  }

  @Override
  boolean isTrue() {
    return this == TRUE;
  }

  @Override
  boolean isFalse() {
    return this == FALSE;
  }

  @Override
  boolean isBoolean() {
    return this == TRUE || this == FALSE;
  }
}
