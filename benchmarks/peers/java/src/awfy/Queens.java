package awfy;

/** Queens: solves eight queens by backtracking, ten times per run; all must succeed. */
public final class Queens extends Benchmark {
  private boolean[] freeMaxs;
  private boolean[] freeRows;
  private boolean[] freeMins;
  private int[] queenRows;

  @Override
  public Object benchmark() {
    boolean result = true;
    for (int i = 0; i < 10; i++) {
      result = result && queens();
    }
    return result;
  }

  private boolean queens() {
    freeRows = new boolean[8];
    freeMaxs = new boolean[16];
    freeMins = new boolean[16];
    queenRows = new int[8];
    for (int i = 0; i < 8; i++) {
      freeRows[i] = true;
      queenRows[i] = -1;
    }
    for (int i = 0; i < 16; i++) {
      freeMaxs[i] = true;
      freeMins[i] = true;
    }
    return placeQueen(0);
  }

  private boolean placeQueen(int c) {
    for (int r = 0; r < 8; r++) {
      if (getRowColumn(r, c)) {
        queenRows[r] = c;
        setRowColumn(r, c, false);
        if (c == 7) {
          return true;
        }
        if (placeQueen(c + 1)) {
          return true;
        }
        setRowColumn(r, c, true);
      }
    }
    return false;
  }

  private boolean getRowColumn(int r, int c) {
    return freeRows[r] && freeMaxs[c + r] && freeMins[c - r + 7];
  }

  private void setRowColumn(int r, int c, boolean v) {
    freeRows[r] = v;
    freeMaxs[c + r] = v;
    freeMins[c - r + 7] = v;
  }

  @Override
  public boolean verifyResult(Object result) {
    return Boolean.TRUE.equals(result) || fail("expected true but got " + result);
  }
}
