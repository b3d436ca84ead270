package awfy.cd;

/** An aircraft's move from one frame's position to the next's. */
record Motion(CallSign callsign, Vector3D posOne, Vector3D posTwo) {
  Vector3D delta() {
    return posTwo.minus(posOne);
  }

  /**
   * Where this aircraft and {@code other} come within the proximity radius during the frame, assuming
   * each moves at constant speed along its segment; null if they do not, or only outside the air space.
   */
  Vector3D findIntersection(Motion other) {
    Vector3D init1 = posOne;
    Vector3D init2 = other.posOne;
    Vector3D vec1 = delta();
    Vector3D vec2 = other.delta();
    double radius = Constants.PROXIMITY_RADIUS;

    // |(I1 + t V1) - (I2 + t V2)|^2 = r^2 is a quadratic a t^2 + b t + c = 0 in the time t
    double a = vec2.minus(vec1).squaredMagnitude();
    if (a != 0.0) {
      double b = 2.0 * init1.minus(init2).dot(vec1.minus(vec2));
      double c = -radius * radius + init2.minus(init1).squaredMagnitude();
      double discr = b * b - 4.0 * a * c;
      if (discr < 0.0) {
        return null;
      }
      double v1 = (-b - Math.sqrt(discr)) / (2.0 * a);
      double v2 = (-b + Math.sqrt(discr)) / (2.0 * a);
      if (v1 <= v2 && ((v1 <= 1.0 && 1.0 <= v2) || (v1 <= 0.0 && 0.0 <= v2) || (0.0 <= v1 && v2 <= 1.0))) {
        // report a collision that began before this frame at the frame's start
        double v = v1 <= 0.0 ? 0.0 : v1;
        Vector3D result1 = init1.plus(vec1.times(v));
        Vector3D result2 = init2.plus(vec2.times(v));
        Vector3D result = result1.plus(result2).times(0.5);
        if (result.x() >= Constants.MIN_X && result.x() <= Constants.MAX_X
            && result.y() >= Constants.MIN_Y && result.y() <= Constants.MAX_Y
            && result.z() >= Constants.MIN_Z && result.z() <= Constants.MAX_Z) {
          return result;
        }
      }
      return null;
    }

    // same velocity: the distance never changes
    double dist = init2.minus(init1).magnitude();
    if (dist <= radius) {
      return init1.plus(init2).times(0.5);
    }
    return null;
  }
}
