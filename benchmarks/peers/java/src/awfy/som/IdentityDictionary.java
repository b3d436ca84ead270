package awfy.som;

/** A {@link Dictionary} whose keys are the same key only when they are the same object. */
public class IdentityDictionary<K extends CustomHash, V> extends Dictionary<K, V> {
  @Override
  protected boolean sameKey(K stored, K key) {
    return stored == key;
  }
}
