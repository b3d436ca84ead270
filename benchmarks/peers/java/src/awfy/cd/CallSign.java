package awfy.cd;

/** An aircraft's identity; ordered so that it can key a red-black tree. */
record CallSign(int value) implements Comparable<CallSign> {
  @Override
  public int compareTo(CallSign other) {
    return Integer.compare(value, other.value);
  }
}
