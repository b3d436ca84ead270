package awfy.richards;

import awfy.Benchmark;

/** Richards: an operating-system task scheduler simulation (after Martin Richards' BCPL original). */
public final class Richards extends Benchmark {
  @Override
  public Object benchmark() {
    return new Scheduler().start();
  }

  @Override
  public boolean verifyResult(Object result) {
    return result instanceof Boolean ok && ok
        || fail("expected queuePacketCount 23246 and holdCount 9297, got " + result);
  }
}
