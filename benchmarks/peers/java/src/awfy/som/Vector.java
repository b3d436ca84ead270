package awfy.som;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The suite's growable array. {@link #at} and {@link #atPut} index the backing array directly (as in the
 * suite, they ignore elements dropped by {@link #removeFirst}); reading past the end yields null.
 */
public class Vector<E> {
  private Object[] storage;
  private int firstIdx;
  private int lastIdx;

  public Vector() {
    this(50);
  }

  public Vector(int capacity) {
    storage = new Object[capacity];
  }

  public static <E> Vector<E> with(E elem) {
    Vector<E> v = new Vector<>(1);
    v.append(elem);
    return v;
  }

  @SuppressWarnings("unchecked")
  public E at(int idx) {
    if (idx >= storage.length) {
      return null;
    }
    return (E) storage[idx];
  }

  public void atPut(int idx, E val) {
    if (idx >= storage.length) {
      int newLength = Math.max(storage.length, 1);
      while (newLength <= idx) {
        newLength *= 2;
      }
      storage = copyOf(storage, newLength);
    }
    storage[idx] = val;
    if (lastIdx < idx + 1) {
      lastIdx = idx + 1;
    }
  }

  public void append(E elem) {
    if (lastIdx >= storage.length) {
      storage = copyOf(storage, Math.max(storage.length * 2, 1));
    }
    storage[lastIdx] = elem;
    lastIdx++;
  }

  public boolean isEmpty() {
    return lastIdx == firstIdx;
  }

  @SuppressWarnings("unchecked")
  public void forEach(Consumer<? super E> fn) {
    for (int i = firstIdx; i < lastIdx; i++) {
      fn.accept((E) storage[i]);
    }
  }

  @SuppressWarnings("unchecked")
  public boolean hasSome(Predicate<? super E> fn) {
    for (int i = firstIdx; i < lastIdx; i++) {
      if (fn.test((E) storage[i])) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  public E getOne(Predicate<? super E> fn) {
    for (int i = firstIdx; i < lastIdx; i++) {
      E e = (E) storage[i];
      if (fn.test(e)) {
        return e;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  public E first() {
    if (isEmpty()) {
      return null;
    }
    return (E) storage[firstIdx];
  }

  @SuppressWarnings("unchecked")
  public E removeFirst() {
    if (isEmpty()) {
      return null;
    }
    firstIdx++;
    return (E) storage[firstIdx - 1];
  }

  /** Removes every occurrence of {@code obj} (by identity); true if there was one. */
  public boolean remove(E obj) {
    Object[] newArray = new Object[capacity()];
    int newLast = 0;
    boolean found = false;
    for (int i = firstIdx; i < lastIdx; i++) {
      if (storage[i] == obj) {
        found = true;
      } else {
        newArray[newLast++] = storage[i];
      }
    }
    storage = newArray;
    lastIdx = newLast;
    firstIdx = 0;
    return found;
  }

  public void removeAll() {
    firstIdx = 0;
    lastIdx = 0;
    storage = new Object[storage.length];
  }

  public int size() {
    return lastIdx - firstIdx;
  }

  public int capacity() {
    return storage.length;
  }

  /** Sorts in place with the suite's quicksort (median of three, not stable). */
  public void sort(Comparator<E> c) {
    if (size() > 0) {
      sort(firstIdx, lastIdx - 1, c);
    }
  }

  @SuppressWarnings("unchecked")
  private void sort(int i, int j, Comparator<E> c) {
    int n = j + 1 - i;
    if (n <= 1) {
      return;
    }
    E di = (E) storage[i];
    E dj = (E) storage[j];
    if (c.compare(di, dj) > 0) {
      swap(i, j);
      E tt = di;
      di = dj;
      dj = tt;
    }
    if (n > 2) {
      int ij = (i + j) / 2;
      E dij = (E) storage[ij];
      if (c.compare(di, dij) <= 0) {
        if (c.compare(dij, dj) > 0) {
          swap(j, ij);
          dij = dj;
        }
      } else {
        swap(i, ij);
        dij = di;
      }
      if (n > 3) {
        int k = i;
        int l = j - 1;
        while (true) {
          while (k <= l && c.compare(dij, (E) storage[l]) <= 0) {
            l--;
          }
          k++;
          while (k <= l && c.compare((E) storage[k], dij) <= 0) {
            k++;
          }
          if (k > l) {
            break;
          }
          swap(k, l);
        }
        sort(i, l, c);
        sort(k, j, c);
      }
    }
  }

  private void swap(int a, int b) {
    Object t = storage[a];
    storage[a] = storage[b];
    storage[b] = t;
  }

  private static Object[] copyOf(Object[] from, int length) {
    Object[] to = new Object[length];
    System.arraycopy(from, 0, to, 0, from.length);
    return to;
  }

  /** The order {@link #sort} uses: negative, zero or positive as in {@code java.util.Comparator}. */
  @FunctionalInterface
  public interface Comparator<E> {
    int compare(E a, E b);
  }
}
