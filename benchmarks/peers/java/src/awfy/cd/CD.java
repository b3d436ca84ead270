package awfy.cd;

import awfy.Benchmark;
import awfy.som.Vector;

/**
 * CD: collision detection for aircraft flying in pairs over 200 frames (after Titzer's port of the
 * CD_x real-time benchmark). The inner iterations are the number of aircraft; the number of collisions
 * found is checked against the known one for that count.
 */
public final class CD extends Benchmark {
  @Override
  public boolean innerBenchmarkLoop(int innerIterations) {
    return verifyResult(benchmark(innerIterations), innerIterations);
  }

  private static int benchmark(int numAircrafts) {
    int numFrames = 200;
    Simulator simulator = new Simulator(numAircrafts);
    CollisionDetector detector = new CollisionDetector();
    int actualCollisions = 0;
    for (int i = 0; i < numFrames; i++) {
      double time = i / 10.0;
      Vector<Collision> collisions = detector.handleNewFrame(simulator.simulate(time));
      actualCollisions += collisions.size();
    }
    return actualCollisions;
  }

  private boolean verifyResult(int actualCollisions, int numAircrafts) {
    return switch (numAircrafts) {
      case 1000 -> expect(14484, actualCollisions);
      case 500 -> expect(14484, actualCollisions);
      case 250 -> expect(10830, actualCollisions);
      case 200 -> expect(8655, actualCollisions);
      case 100 -> expect(4305, actualCollisions);
      case 10 -> expect(390, actualCollisions);
      case 2 -> expect(42, actualCollisions);
      case 1 -> expect(0, actualCollisions);
      default -> fail("no expected result for " + numAircrafts + " aircraft (got " + actualCollisions + ")");
    };
  }

  @Override
  public Object benchmark() {
    throw new UnsupportedOperationException("CD runs through innerBenchmarkLoop");
  }

  @Override
  public boolean verifyResult(Object result) {
    throw new UnsupportedOperationException("CD runs through innerBenchmarkLoop");
  }
}
