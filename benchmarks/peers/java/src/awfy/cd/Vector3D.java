package awfy.cd;

/** A position or a displacement in the air space. */
record Vector3D(double x, double y, double z) {
  Vector3D plus(Vector3D other) {
    return new Vector3D(x + other.x, y + other.y, z + other.z);
  }

  Vector3D minus(Vector3D other) {
    return new Vector3D(x - other.x, y - other.y, z - other.z);
  }

  double dot(Vector3D other) {
    return x * other.x + y * other.y + z * other.z;
  }

  double squaredMagnitude() {
    return dot(this);
  }

  double magnitude() {
    return Math.sqrt(squaredMagnitude());
  }

  Vector3D times(double amount) {
    return new Vector3D(x * amount, y * amount, z * amount);
  }
}
