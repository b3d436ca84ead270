package awfy;

/**
 * One benchmark of the suite. {@link #innerBenchmarkLoop} runs the workload {@code innerIterations} times
 * and verifies it; benchmarks whose result depends on the size override it and verify once per call.
 */
public abstract class Benchmark {
  private String failure;

  /** One run of the workload; its result goes to {@link #verifyResult}. */
  public abstract Object benchmark();

  public abstract boolean verifyResult(Object result);

  public boolean innerBenchmarkLoop(int innerIterations) {
    for (int i = 0; i < innerIterations; i++) {
      if (!verifyResult(benchmark())) {
        return false;
      }
    }
    return true;
  }

  /** What the last failed verification expected and got, or null when not known. */
  public final String failure() {
    return failure;
  }

  /** Records why verification failed and returns false, so a check can end with {@code return fail(...)}. */
  protected final boolean fail(String why) {
    failure = why;
    return false;
  }

  /** Compares an int result with the expected one, recording both on a mismatch. */
  protected final boolean expect(long expected, long actual) {
    return expected == actual || fail("expected " + expected + " but got " + actual);
  }
}
