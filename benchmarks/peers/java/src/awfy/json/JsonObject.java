package awfy.json;

import awfy.som.Vector;

/** A JSON object: names and values in insertion order, found through a small hash index. */
final class JsonObject extends JsonValue {
  private final Vector<String> names = new Vector<>();
  private final Vector<JsonValue> values = new Vector<>();
  private final HashIndexTable table = new HashIndexTable();

  void add(String name, JsonValue value) {
    if (name == null) {
      throw new IllegalArgumentException("name is null");
    }
    if (value == null) {
      throw new IllegalArgumentException("value is null");
    }
    table.add(name, names.size());
    names.append(name);
    values.append(value);
  }

  /** The value of {@code name}, or null when the object has no member of that name. */
  JsonValue get(String name) {
    if (name == null) {
      throw new IllegalArgumentException("name is null");
    }
    int index = indexOf(name);
    return index == -1 ? null : values.at(index);
  }

  int size() {
    return names.size();
  }

  boolean isEmpty() {
    return names.isEmpty();
  }

  @Override
  boolean isObject() {
    return true;
  }

  @Override
  JsonObject asObject() {
    return this;
  }

  /** The index the hash table remembers for {@code name}, or else the last member of that name. */
  private int indexOf(String name) {
    int index = table.get(name);
    if (index != -1 && name.equals(names.at(index))) {
      return index;
    }
    for (int i = names.size() - 1; i >= 0; i--) {
      if (name.equals(names.at(i))) {
        return i;
      }
    }
    return -1;
  }
}
