package awfy.cd;

/** The air space (1000 by 1000 by 10), the radius within which two aircraft collide, and the voxel size. */
final class Constants {
  private Constants() {}

  static final double MIN_X = 0.0;
  static final double MIN_Y = 0.0;
  static final double MAX_X = 1000.0;
  static final double MAX_Y = 1000.0;
  static final double MIN_Z = 0.0;
  static final double MAX_Z = 10.0;
  static final double PROXIMITY_RADIUS = 1.0;
  static final double GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0;
}
