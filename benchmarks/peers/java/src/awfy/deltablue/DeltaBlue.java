package awfy.deltablue;

import awfy.Benchmark;

/**
 * DeltaBlue: incremental constraint solving (Maloney and Freeman-Benson). Each inner loop builds a chain
 * and a projection of {@code innerIterations} variables; both tests check their own results.
 */
public final class DeltaBlue extends Benchmark {
  @Override
  public boolean innerBenchmarkLoop(int innerIterations) {
    String failure = Planner.chainTest(innerIterations);
    if (failure == null) {
      failure = Planner.projectionTest(innerIterations);
    }
    return failure == null || fail(failure);
  }

  @Override
  public Object benchmark() {
    throw new UnsupportedOperationException("DeltaBlue runs through innerBenchmarkLoop");
  }

  @Override
  public boolean verifyResult(Object result) {
    throw new UnsupportedOperationException("DeltaBlue runs through innerBenchmarkLoop");
  }
}
