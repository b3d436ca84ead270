package awfy.havlak;

import awfy.Benchmark;

/**
 * Havlak: loop recognition (Havlak's algorithm, after Hundt's "Loop Recognition in C++/Java/Go/Scala")
 * on a synthetic control-flow graph. The inner iterations are the number of dummy loop searches; the
 * result is the number of loops found and the number of basic blocks.
 */
public final class Havlak extends Benchmark {
  @Override
  public boolean innerBenchmarkLoop(int innerIterations) {
    return verifyResult(new LoopTesterApp().main(innerIterations, 50, 10, 10, 5), innerIterations);
  }

  private boolean verifyResult(int[] result, int innerIterations) {
    int expectedLoops = switch (innerIterations) {
      case 15000 -> 46602;
      case 1500 -> 6102;
      case 150 -> 2052;
      case 15 -> 1647;
      case 1 -> 1605;
      default -> -1;
    };
    if (expectedLoops == -1) {
      return fail("no expected result for " + innerIterations + " inner iterations (got " + result[0]
          + " loops, " + result[1] + " blocks)");
    }
    return result[0] == expectedLoops && result[1] == 5213
        || fail("expected " + expectedLoops + " loops and 5213 blocks but got " + result[0] + " loops and "
            + result[1] + " blocks");
  }

  @Override
  public Object benchmark() {
    throw new UnsupportedOperationException("Havlak runs through innerBenchmarkLoop");
  }

  @Override
  public boolean verifyResult(Object result) {
    throw new UnsupportedOperationException("Havlak runs through innerBenchmarkLoop");
  }
}
