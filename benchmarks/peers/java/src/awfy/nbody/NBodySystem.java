package awfy.nbody;

/** Five bodies advanced with a simple symplectic step. */
final class NBodySystem {
  private final Body[] bodies;

  NBodySystem() {
    bodies = createBodies();
  }

  private static Body[] createBodies() {
    Body[] bodies = {Body.sun(), Body.jupiter(), Body.saturn(), Body.uranus(), Body.neptune()};
    double px = 0.0;
    double py = 0.0;
    double pz = 0.0;
    for (Body b : bodies) {
      px += b.vx * b.mass;
      py += b.vy * b.mass;
      pz += b.vz * b.mass;
    }
    bodies[0].offsetMomentum(px, py, pz);
    return bodies;
  }

  void advance(double dt) {
    for (int i = 0; i < bodies.length; i++) {
      Body iBody = bodies[i];
      for (int j = i + 1; j < bodies.length; j++) {
        Body jBody = bodies[j];
        double dx = iBody.x - jBody.x;
        double dy = iBody.y - jBody.y;
        double dz = iBody.z - jBody.z;
        double dSquared = dx * dx + dy * dy + dz * dz;
        double distance = Math.sqrt(dSquared);
        double mag = dt / (dSquared * distance);

        iBody.vx -= dx * jBody.mass * mag;
        iBody.vy -= dy * jBody.mass * mag;
        iBody.vz -= dz * jBody.mass * mag;

        jBody.vx += dx * iBody.mass * mag;
        jBody.vy += dy * iBody.mass * mag;
        jBody.vz += dz * iBody.mass * mag;
      }
    }
    for (Body body : bodies) {
      body.x += dt * body.vx;
      body.y += dt * body.vy;
      body.z += dt * body.vz;
    }
  }

  double energy() {
    double e = 0.0;
    for (int i = 0; i < bodies.length; i++) {
      Body iBody = bodies[i];
      e += 0.5 * iBody.mass * (iBody.vx * iBody.vx + iBody.vy * iBody.vy + iBody.vz * iBody.vz);
      for (int j = i + 1; j < bodies.length; j++) {
        Body jBody = bodies[j];
        double dx = iBody.x - jBody.x;
        double dy = iBody.y - jBody.y;
        double dz = iBody.z - jBody.z;
        double distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
        e -= (iBody.mass * jBody.mass) / distance;
      }
    }
    return e;
  }
}
