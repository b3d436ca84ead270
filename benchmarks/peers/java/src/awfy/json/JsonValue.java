package awfy.json;

/** A parsed JSON value; the type tests answer false unless a subclass says otherwise. */
abstract sealed class JsonValue permits JsonArray, JsonLiteral, JsonNumber, JsonObject, JsonString {
  boolean isObject() {
    return false;
  }

  boolean isArray() {
    return false;
  }

  boolean isNumber() {
    return false;
  }

  boolean isString() {
    return false;
  }

  boolean isBoolean() {
    return false;
  }

  boolean isTrue() {
    return false;
  }

  boolean isFalse() {
    return false;
  }

  boolean isNull() {
    return false;
  }

  JsonObject asObject() {
    throw new UnsupportedOperationException("Not an object: " + this);
  }

  JsonArray asArray() {
    throw new UnsupportedOperationException("Not an array: " + this);
  }
}
