package awfy.cd;

/** A point on the ground: a voxel's corner. Ordered by x, then y, so voxels can key a red-black tree. */
record Vector2D(double x, double y) implements Comparable<Vector2D> {
  Vector2D plus(Vector2D other) {
    return new Vector2D(x + other.x, y + other.y);
  }

  Vector2D minus(Vector2D other) {
    return new Vector2D(x - other.x, y - other.y);
  }

  @Override
  public int compareTo(Vector2D other) {
    int result = compareNumbers(x, other.x);
    if (result != 0) {
      return result;
    }
    return compareNumbers(y, other.y);
  }

  /** Orders doubles, putting NaN below every other number. */
  private static int compareNumbers(double a, double b) {
    if (a == b) {
      return 0;
    }
    if (a < b) {
      return -1;
    }
    if (a > b) {
      return 1;
    }
    if (a == a) {
      return 1;
    }
    return -1;
  }
}
