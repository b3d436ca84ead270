package awfy.cd;

import java.util.ArrayList;
import java.util.Objects;
import java.util.TreeMap;

/** Checks CD's red-black tree against java.util.TreeMap on random puts and removes. */
public final class RedBlackTreeCheck {
  private RedBlackTreeCheck() {}

  public static void main(String[] args) {
    java.util.Random r = new java.util.Random(7);
    for (int round = 0; round < 200; round++) {
      RedBlackTree<CallSign, Integer> tree = new RedBlackTree<>();
      TreeMap<Integer, Integer> ref = new TreeMap<>();
      for (int op = 0; op < 300; op++) {
        int k = r.nextInt(80);
        if (r.nextInt(3) == 0) {
          check(Objects.equals(tree.remove(new CallSign(k)), ref.remove(k)), "remove " + k);
        } else {
          int v = r.nextInt(1000);
          check(Objects.equals(tree.put(new CallSign(k), v), ref.put(k, v)), "put " + k);
        }
        ArrayList<Integer> keys = new ArrayList<>();
        tree.forEach(e -> keys.add(e.key().value()));
        check(keys.equals(new ArrayList<>(ref.keySet())), "in-order keys " + keys + " vs " + ref.keySet());
        for (int q = 0; q < 80; q++) {
          check(Objects.equals(tree.get(new CallSign(q)), ref.get(q)), "get " + q);
        }
      }
    }
    System.out.println("red-black tree: ok");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
