package awfy.json;

import awfy.som.Vector;

/** A JSON array. */
final class JsonArray extends JsonValue {
  private final Vector<JsonValue> values = new Vector<>();

  void add(JsonValue value) {
    if (value == null) {
      throw new IllegalArgumentException("value is null");
    }
    values.append(value);
  }

  int size() {
    return values.size();
  }

  JsonValue get(int index) {
    return values.at(index);
  }

  @Override
  boolean isArray() {
    return true;
  }

  @Override
  JsonArray asArray() {
    return this;
  }
}
