package awfy;

/** Permute: generates every permutation of six elements by swapping; counts the calls. */
public final class Permute extends Benchmark {
  private int count;
  private boolean[] v;

  @Override
  public Object benchmark() {
    count = 0;
    v = new boolean[6];
    permute(6);
    return count;
  }

  private void permute(int n) {
    count++;
    if (n != 0) {
      int n1 = n - 1;
      permute(n1);
      for (int i = n1; i >= 0; i--) {
        swap(n1, i);
        permute(n1);
        swap(n1, i);
      }
    }
  }

  private void swap(int i, int j) {
    boolean tmp = v[i];
    v[i] = v[j];
    v[j] = tmp;
  }

  @Override
  public boolean verifyResult(Object result) {
    return expect(8660, (Integer) result);
  }
}
