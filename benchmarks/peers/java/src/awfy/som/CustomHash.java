package awfy.som;

/** A key of {@link Dictionary}: its hash is computed by the benchmark, identically in every language. */
public interface CustomHash {
  int customHash();
}
