package awfy.nbody;

/** A body: position in AU, velocity in AU per day scaled to years, mass in solar masses times 4 pi^2. */
final class Body {
  static final double PI = 3.141592653589793;
  static final double SOLAR_MASS = 4 * PI * PI;
  static final double DAYS_PER_YEAR = 365.24;

  double x;
  double y;
  double z;
  double vx;
  double vy;
  double vz;
  final double mass;

  Body(double x, double y, double z, double vx, double vy, double vz, double mass) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.vx = vx * DAYS_PER_YEAR;
    this.vy = vy * DAYS_PER_YEAR;
    this.vz = vz * DAYS_PER_YEAR;
    this.mass = mass * SOLAR_MASS;
  }

  /** Gives the sun the velocity that makes the system's total momentum zero. */
  void offsetMomentum(double px, double py, double pz) {
    vx = 0.0 - (px / SOLAR_MASS);
    vy = 0.0 - (py / SOLAR_MASS);
    vz = 0.0 - (pz / SOLAR_MASS);
  }

  static Body jupiter() {
    return new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
        1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
        9.54791938424326609e-04);
  }

  static Body saturn() {
    return new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
        -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
        2.85885980666130812e-04);
  }

  static Body uranus() {
    return new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
        2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
        4.36624404335156298e-05);
  }

  static Body neptune() {
    return new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
        2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
        5.15138902046611451e-05);
  }

  static Body sun() {
    return new Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
  }
}
