package awfy;

import awfy.som.Random;

/** Storage: builds a tree of arrays seven levels deep (4-way nodes, random-size leaves); counts the arrays. */
public final class Storage extends Benchmark {
  private int count;

  @Override
  public Object benchmark() {
    Random random = new Random();
    count = 0;
    buildTreeDepth(7, random);
    return count;
  }

  private Object buildTreeDepth(int depth, Random random) {
    count++;
    if (depth == 1) {
      return new Object[random.next() % 10 + 1];
    }
    Object[] arr = new Object[4];
    for (int i = 0; i < 4; i++) {
      arr[i] = buildTreeDepth(depth - 1, random);
    }
    return arr;
  }

  @Override
  public boolean verifyResult(Object result) {
    return expect(5461, (Integer) result);
  }
}
