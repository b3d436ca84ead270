package awfy.cd;

import awfy.som.Vector;

/**
 * Finds the collisions of a frame: each aircraft's motion since the last frame is drawn onto the voxels
 * it crosses, and only motions sharing a voxel are tested against each other.
 */
final class CollisionDetector {
  private static final Vector2D HORIZONTAL = new Vector2D(Constants.GOOD_VOXEL_SIZE, 0.0);
  private static final Vector2D VERTICAL = new Vector2D(0.0, Constants.GOOD_VOXEL_SIZE);

  /** Each aircraft's position in the previous frame. */
  private final RedBlackTree<CallSign, Vector3D> state = new RedBlackTree<>();

  Vector<Collision> handleNewFrame(Vector<Aircraft> frame) {
    Vector<Motion> motions = new Vector<>();
    RedBlackTree<CallSign, Boolean> seen = new RedBlackTree<>();

    frame.forEach(aircraft -> {
      Vector3D oldPosition = state.put(aircraft.callsign(), aircraft.position());
      Vector3D newPosition = aircraft.position();
      seen.put(aircraft.callsign(), true);
      if (oldPosition == null) {
        // a new aircraft is treated as if it had not moved
        oldPosition = newPosition;
      }
      motions.append(new Motion(aircraft.callsign(), oldPosition, newPosition));
    });

    // forget the aircraft that are no longer present
    Vector<CallSign> toRemove = new Vector<>();
    state.forEach(e -> {
      if (seen.get(e.key()) == null) {
        toRemove.append(e.key());
      }
    });
    toRemove.forEach(state::remove);

    Vector<Vector<Motion>> allReduced = reduceCollisionSet(motions);
    Vector<Collision> collisions = new Vector<>();
    allReduced.forEach(reduced -> {
      for (int i = 0; i < reduced.size(); i++) {
        Motion motion1 = reduced.at(i);
        for (int j = i + 1; j < reduced.size(); j++) {
          Motion motion2 = reduced.at(j);
          Vector3D collision = motion1.findIntersection(motion2);
          if (collision != null) {
            collisions.append(new Collision(motion1.callsign(), motion2.callsign(), collision));
          }
        }
      }
    });
    return collisions;
  }

  /** Whether the motion, widened by half the proximity radius, passes through the voxel. */
  private static boolean isInVoxel(Vector2D voxel, Motion motion) {
    if (voxel.x() > Constants.MAX_X || voxel.x() < Constants.MIN_X
        || voxel.y() > Constants.MAX_Y || voxel.y() < Constants.MIN_Y) {
      return false;
    }
    Vector3D init = motion.posOne();
    Vector3D fin = motion.posTwo();

    double vS = Constants.GOOD_VOXEL_SIZE;
    double r = Constants.PROXIMITY_RADIUS / 2.0;

    double vX = voxel.x();
    double x0 = init.x();
    double xv = fin.x() - init.x();

    double vY = voxel.y();
    double y0 = init.y();
    double yv = fin.y() - init.y();

    // the times at which the motion enters and leaves the voxel's extent along each axis
    double lowX = (vX - r - x0) / xv;
    double highX = (vX + vS + r - x0) / xv;
    if (xv < 0.0) {
      double tmp = lowX;
      lowX = highX;
      highX = tmp;
    }
    double lowY = (vY - r - y0) / yv;
    double highY = (vY + vS + r - y0) / yv;
    if (yv < 0.0) {
      double tmp = lowY;
      lowY = highY;
      highY = tmp;
    }

    boolean inX = (xv == 0.0 && vX <= x0 + r && x0 - r <= vX + vS)
        || (lowX <= 1.0 && 1.0 <= highX) || (lowX <= 0.0 && 0.0 <= highX) || (0.0 <= lowX && highX <= 1.0);
    boolean inY = (yv == 0.0 && vY <= y0 + r && y0 - r <= vY + vS)
        || (lowY <= 1.0 && 1.0 <= highY) || (lowY <= 0.0 && 0.0 <= highY) || (0.0 <= lowY && highY <= 1.0);
    return inX && inY;
  }

  private static void putIntoMap(RedBlackTree<Vector2D, Vector<Motion>> voxelMap, Vector2D voxel,
      Motion motion) {
    Vector<Motion> array = voxelMap.get(voxel);
    if (array == null) {
      array = new Vector<>();
      voxelMap.put(voxel, array);
    }
    array.append(motion);
  }

  /** Flood-fills from {@code nextVoxel} to every neighbouring voxel the motion passes through. */
  private static void recurse(RedBlackTree<Vector2D, Vector<Motion>> voxelMap,
      RedBlackTree<Vector2D, Boolean> seen, Vector2D nextVoxel, Motion motion) {
    if (!isInVoxel(nextVoxel, motion)) {
      return;
    }
    if (seen.put(nextVoxel, true) != null) {
      return;
    }
    putIntoMap(voxelMap, nextVoxel, motion);

    recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL), motion);
    recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL), motion);
    recurse(voxelMap, seen, nextVoxel.minus(VERTICAL), motion);
    recurse(voxelMap, seen, nextVoxel.plus(VERTICAL), motion);
    recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL).minus(VERTICAL), motion);
    recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL).plus(VERTICAL), motion);
    recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL).minus(VERTICAL), motion);
    recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL).plus(VERTICAL), motion);
  }

  /** The groups of motions that share a voxel (groups of one cannot collide). */
  private static Vector<Vector<Motion>> reduceCollisionSet(Vector<Motion> motions) {
    RedBlackTree<Vector2D, Vector<Motion>> voxelMap = new RedBlackTree<>();
    motions.forEach(motion -> drawMotionOnVoxelMap(voxelMap, motion));
    Vector<Vector<Motion>> result = new Vector<>();
    voxelMap.forEach(e -> {
      if (e.value().size() > 1) {
        result.append(e.value());
      }
    });
    return result;
  }

  /** The voxel containing a position: its lower corner on the voxel grid. */
  private static Vector2D voxelHash(Vector3D position) {
    int xDiv = (int) (position.x() / Constants.GOOD_VOXEL_SIZE);
    int yDiv = (int) (position.y() / Constants.GOOD_VOXEL_SIZE);
    double x = Constants.GOOD_VOXEL_SIZE * xDiv;
    double y = Constants.GOOD_VOXEL_SIZE * yDiv;
    if (position.x() < 0) {
      x -= Constants.GOOD_VOXEL_SIZE;
    }
    if (position.y() < 0) {
      y -= Constants.GOOD_VOXEL_SIZE;
    }
    return new Vector2D(x, y);
  }

  private static void drawMotionOnVoxelMap(RedBlackTree<Vector2D, Vector<Motion>> voxelMap, Motion motion) {
    RedBlackTree<Vector2D, Boolean> seen = new RedBlackTree<>();
    recurse(voxelMap, seen, voxelHash(motion.posOne()), motion);
  }
}
