package awfy;

/**
 * Mandelbrot: the set on a size by size grid, one bit per point, XORed a byte at a time into a checksum.
 * The inner iterations are the grid size.
 */
public final class Mandelbrot extends Benchmark {
  @Override
  public boolean innerBenchmarkLoop(int innerIterations) {
    return verifyResult(mandelbrot(innerIterations), innerIterations);
  }

  private boolean verifyResult(int result, int innerIterations) {
    return switch (innerIterations) {
      case 500 -> expect(191, result);
      case 750 -> expect(50, result);
      case 1 -> expect(128, result);
      default -> fail("no expected result for size " + innerIterations + " (got " + result + ")");
    };
  }

  private static int mandelbrot(int size) {
    int sum = 0;
    int byteAcc = 0;
    int bitNum = 0;
    for (int y = 0; y < size; y++) {
      double ci = (2.0 * y / size) - 1.0;
      for (int x = 0; x < size; x++) {
        double zr = 0.0;
        double zrzr = 0.0;
        double zi = 0.0;
        double zizi = 0.0;
        double cr = (2.0 * x / size) - 1.5;
        int z = 0;
        boolean notDone = true;
        int escape = 0;
        while (notDone && z < 50) {
          zr = zrzr - zizi + cr;
          zi = 2.0 * zr * zi + ci;
          // keep the squares for the escape test and the next step
          zrzr = zr * zr;
          zizi = zi * zi;
          if (zrzr + zizi > 4.0) {
            notDone = false;
            escape = 1;
          }
          z++;
        }
        byteAcc = (byteAcc << 1) + escape;
        bitNum++;
        // a full byte, or the end of a row, goes into the checksum
        if (bitNum == 8) {
          sum ^= byteAcc;
          byteAcc = 0;
          bitNum = 0;
        } else if (x == size - 1) {
          byteAcc <<= (8 - bitNum);
          sum ^= byteAcc;
          byteAcc = 0;
          bitNum = 0;
        }
      }
    }
    return sum;
  }

  @Override
  public Object benchmark() {
    throw new UnsupportedOperationException("Mandelbrot runs through innerBenchmarkLoop");
  }

  @Override
  public boolean verifyResult(Object result) {
    throw new UnsupportedOperationException("Mandelbrot runs through innerBenchmarkLoop");
  }
}
