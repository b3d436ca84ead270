package awfy.som;

/**
 * The suite's hash map: chained buckets, power-of-two table, doubled when it holds more entries than
 * buckets. Keys hash with {@link CustomHash#customHash()} so every language computes the same layout;
 * {@link IdentityDictionary} only changes how keys are compared.
 */
public class Dictionary<K extends CustomHash, V> {
  private static final int INITIAL_CAPACITY = 16;

  private Entry<K, V>[] buckets = newBuckets(INITIAL_CAPACITY);
  private int size;

  /** One chained entry; the hash is kept so that resizing need not recompute it. */
  static final class Entry<K, V> {
    final int hash;
    final K key;
    V value;
    Entry<K, V> next;

    Entry(int hash, K key, V value, Entry<K, V> next) {
      this.hash = hash;
      this.key = key;
      this.value = value;
      this.next = next;
    }
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Whether two keys with the same hash are the same key. */
  protected boolean sameKey(K stored, K key) {
    return stored.equals(key);
  }

  private static int hash(CustomHash key) {
    if (key == null) {
      return 0;
    }
    int hash = key.customHash();
    return hash ^ (hash >>> 16);
  }

  private int bucketIdx(int hash) {
    return (buckets.length - 1) & hash;
  }

  private Entry<K, V> find(K key) {
    int hash = hash(key);
    for (Entry<K, V> e = buckets[bucketIdx(hash)]; e != null; e = e.next) {
      if (e.hash == hash && sameKey(e.key, key)) {
        return e;
      }
    }
    return null;
  }

  public V at(K key) {
    Entry<K, V> e = find(key);
    return e == null ? null : e.value;
  }

  public boolean containsKey(K key) {
    return find(key) != null;
  }

  public void atPut(K key, V value) {
    Entry<K, V> existing = find(key);
    if (existing != null) {
      existing.value = value;
      return;
    }
    int hash = hash(key);
    int idx = bucketIdx(hash);
    buckets[idx] = new Entry<>(hash, key, value, buckets[idx]);
    size++;
    if (size > buckets.length) {
      resize();
    }
  }

  public void removeAll() {
    buckets = newBuckets(buckets.length);
    size = 0;
  }

  /** Doubles the table; each chain splits into the same index and the index plus the old length. */
  private void resize() {
    Entry<K, V>[] old = buckets;
    buckets = newBuckets(old.length * 2);
    for (Entry<K, V> head : old) {
      Entry<K, V> e = head;
      while (e != null) {
        Entry<K, V> next = e.next;
        int idx = bucketIdx(e.hash);
        e.next = buckets[idx];
        buckets[idx] = e;
        e = next;
      }
    }
  }

  public Vector<K> getKeys() {
    Vector<K> keys = new Vector<>(size);
    for (Entry<K, V> head : buckets) {
      for (Entry<K, V> e = head; e != null; e = e.next) {
        keys.append(e.key);
      }
    }
    return keys;
  }

  public Vector<V> getValues() {
    Vector<V> values = new Vector<>(size);
    for (Entry<K, V> head : buckets) {
      for (Entry<K, V> e = head; e != null; e = e.next) {
        values.append(e.value);
      }
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static <K, V> Entry<K, V>[] newBuckets(int length) {
    return (Entry<K, V>[]) new Entry<?, ?>[length];
  }
}
