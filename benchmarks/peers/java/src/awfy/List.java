package awfy;

/** List: the Takeuchi-style tail recursion over linked lists of length 15, 10 and 6; the result's length. */
public final class List extends Benchmark {
  private static final class Element {
    private Element next;

    int length() {
      return next == null ? 1 : 1 + next.length();
    }
  }

  @Override
  public Object benchmark() {
    Element result = tail(makeList(15), makeList(10), makeList(6));
    return result.length();
  }

  private static Element makeList(int length) {
    if (length == 0) {
      return null;
    }
    Element e = new Element();
    e.next = makeList(length - 1);
    return e;
  }

  private static boolean isShorterThan(Element x, Element y) {
    Element xTail = x;
    Element yTail = y;
    while (yTail != null) {
      if (xTail == null) {
        return true;
      }
      xTail = xTail.next;
      yTail = yTail.next;
    }
    return false;
  }

  private static Element tail(Element x, Element y, Element z) {
    if (isShorterThan(y, x)) {
      return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
    }
    return z;
  }

  @Override
  public boolean verifyResult(Object result) {
    return expect(10, (Integer) result);
  }
}
