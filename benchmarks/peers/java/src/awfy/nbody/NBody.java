package awfy.nbody;

import awfy.Benchmark;

/** NBody: the Jovian planets orbiting the sun; the energy after {@code innerIterations} steps is checked. */
public final class NBody extends Benchmark {
  @Override
  public boolean innerBenchmarkLoop(int innerIterations) {
    NBodySystem system = new NBodySystem();
    for (int i = 0; i < innerIterations; i++) {
      system.advance(0.01);
    }
    return verifyResult(system.energy(), innerIterations);
  }

  private boolean verifyResult(double result, int innerIterations) {
    double expected;
    if (innerIterations == 250000) {
      expected = -0.1690859889909308;
    } else if (innerIterations == 1) {
      expected = -0.16907495402506745;
    } else {
      return fail("no expected result for " + innerIterations + " inner iterations (energy " + result + ")");
    }
    return result == expected || fail("expected energy " + expected + " but got " + result);
  }

  @Override
  public Object benchmark() {
    throw new UnsupportedOperationException("NBody runs through innerBenchmarkLoop");
  }

  @Override
  public boolean verifyResult(Object result) {
    throw new UnsupportedOperationException("NBody runs through innerBenchmarkLoop");
  }
}
