package awfy.som;

import java.util.ArrayList;
import java.util.Arrays;

/** Checks the som library against java.util on random operations; exits 1 on the first mismatch. */
public final class SomCheck {
  private SomCheck() {}

  private record Key(int value) implements CustomHash {
    @Override
    public int customHash() {
      return value % 40;
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }

  public static void main(String[] args) {
    java.util.Random r = new java.util.Random(42);
    checkRandom();
    checkVectorBasics();
    for (int round = 0; round < 500; round++) {
      checkSort(r);
      checkDictionary(r);
    }
    checkSets();
    System.out.println("som: ok");
  }

  private static void checkRandom() {
    Random random = new Random();
    int[] expected = {22896, 34761, 34014, 39231, 52540};
    for (int e : expected) {
      int next = random.next();
      check(next == e, "Random: expected " + e + " but got " + next);
    }
  }

  private static void checkVectorBasics() {
    Vector<String> v = new Vector<>(0);
    check(v.isEmpty() && v.first() == null && v.removeFirst() == null, "empty vector");
    v.append("a");
    v.append("b");
    v.append("c");
    check(v.size() == 3 && "a".equals(v.first()), "append");
    check("a".equals(v.removeFirst()) && v.size() == 2 && "b".equals(v.first()), "removeFirst");
    v.atPut(9, "j");
    check(v.size() == 9 && "j".equals(v.at(9)) && v.at(8) == null && v.at(1000) == null, "atPut grows");
    String b = v.at(1);
    check(v.remove(b) && !v.remove(b) && v.size() == 8 && "c".equals(v.first()), "remove by identity");
    check(v.hasSome("j"::equals) && !v.hasSome("z"::equals) && "j".equals(v.getOne("j"::equals)), "hasSome");
    v.removeAll();
    check(v.isEmpty() && v.size() == 0, "removeAll");
    check(Vector.with(7).size() == 1, "with");
  }

  private static void checkSort(java.util.Random r) {
    int n = r.nextInt(70);
    Vector<Integer> v = new Vector<>(1 + r.nextInt(5));
    ArrayList<Integer> ref = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int x = r.nextInt(12);
      v.append(x);
      ref.add(x);
    }
    if (n > 2 && r.nextBoolean()) {
      v.removeFirst();
      ref.remove(0);
    }
    v.sort(Integer::compare);
    ref.sort(null);
    ArrayList<Integer> got = new ArrayList<>();
    v.forEach(got::add);
    check(got.equals(ref), "sort: expected " + ref + " but got " + got);
  }

  private static void checkDictionary(java.util.Random r) {
    Dictionary<Key, Integer> d = new Dictionary<>();
    IdentityDictionary<Key, Integer> id = new IdentityDictionary<>();
    java.util.HashMap<Integer, Integer> ref = new java.util.HashMap<>();
    Key[] identities = new Key[200];
    for (int i = 0; i < 300; i++) {
      int k = r.nextInt(200);
      d.atPut(new Key(k), i);
      if (identities[k] == null) {
        identities[k] = new Key(k);
      }
      id.atPut(identities[k], i);
      ref.put(k, i);
    }
    check(d.size() == ref.size() && id.size() == ref.size(), "dictionary size");
    for (int k = 0; k < 200; k++) {
      check(java.util.Objects.equals(d.at(new Key(k)), ref.get(k)), "dictionary at " + k);
      check(d.containsKey(new Key(k)) == ref.containsKey(k), "dictionary containsKey " + k);
      if (identities[k] != null) {
        check(id.at(identities[k]).equals(ref.get(k)), "identity dictionary at " + k);
        check(id.at(new Key(k)) == null, "identity dictionary must not match an equal key");
      }
    }
    int[] keys = new int[d.size()];
    int[] i = {0};
    d.getKeys().forEach(k -> keys[i[0]++] = k.value());
    Arrays.sort(keys);
    check(Arrays.equals(keys, ref.keySet().stream().mapToInt(Integer::intValue).sorted().toArray()), "keys");
    check(d.getValues().size() == ref.size(), "values");
    d.removeAll();
    check(d.isEmpty() && d.at(new Key(1)) == null, "dictionary removeAll");
  }

  private static void checkSets() {
    Set<Integer> s = new Set<>();
    for (int i = 0; i < 50; i++) {
      s.add(i % 20);
    }
    check(s.size() == 20 && s.contains(19) && !s.contains(20), "set of equal values");
    check(s.collect(x -> x * 2).size() == 20, "collect");
    IdentitySet<Key> ids = new IdentitySet<>();
    Key k = new Key(1);
    ids.add(k);
    ids.add(k);
    ids.add(new Key(1));
    check(ids.size() == 2 && ids.contains(k) && !ids.contains(new Key(1)), "identity set");
    s.removeAll();
    check(s.size() == 0, "set removeAll");
  }
}
