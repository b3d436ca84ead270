package awfy.som;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** The suite's set: a {@link Vector} searched linearly, elements compared with {@code equals}. */
public class Set<E> {
  private final Vector<E> items;

  public Set() {
    this(10);
  }

  public Set(int capacity) {
    items = new Vector<>(capacity);
  }

  public int size() {
    return items.size();
  }

  public void forEach(Consumer<? super E> fn) {
    items.forEach(fn);
  }

  public boolean hasSome(Predicate<? super E> fn) {
    return items.hasSome(fn);
  }

  public E getOne(Predicate<? super E> fn) {
    return items.getOne(fn);
  }

  public void add(E obj) {
    if (!contains(obj)) {
      items.append(obj);
    }
  }

  public <T> Vector<T> collect(Function<? super E, T> fn) {
    Vector<T> coll = new Vector<>();
    forEach(e -> coll.append(fn.apply(e)));
    return coll;
  }

  public boolean contains(E obj) {
    return hasSome(e -> e.equals(obj));
  }

  public void removeAll() {
    items.removeAll();
  }
}
