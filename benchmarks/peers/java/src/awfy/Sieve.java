package awfy;

/** Sieve: the sieve of Eratosthenes up to 5000; counts the primes. */
public final class Sieve extends Benchmark {
  @Override
  public Object benchmark() {
    boolean[] flags = new boolean[5000];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = true;
    }
    return sieve(flags, 5000);
  }

  private static int sieve(boolean[] flags, int size) {
    int primeCount = 0;
    for (int i = 2; i <= size; i++) {
      if (flags[i - 1]) {
        primeCount++;
        for (int k = i + i; k <= size; k += i) {
          flags[k - 1] = false;
        }
      }
    }
    return primeCount;
  }

  @Override
  public boolean verifyResult(Object result) {
    return expect(669, (Integer) result);
  }
}
