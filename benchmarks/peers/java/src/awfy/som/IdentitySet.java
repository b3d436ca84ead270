package awfy.som;

/** A {@link Set} whose elements are equal only when they are the same object. */
public class IdentitySet<E> extends Set<E> {
  public IdentitySet() {
    super();
  }

  public IdentitySet(int capacity) {
    super(capacity);
  }

  @Override
  public boolean contains(E obj) {
    return hasSome(e -> e == obj);
  }
}
