package awfy.som;

/** The suite's linear congruential generator: the same 16-bit sequence in every language. */
public final class Random {
  private int seed = 74755;

  public int next() {
    seed = ((seed * 1309) + 13849) & 65535;
    return seed;
  }
}
