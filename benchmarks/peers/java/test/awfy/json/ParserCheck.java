package awfy.json;

/** Checks the Json benchmark's parser on values, escapes and malformed input. */
public final class ParserCheck {
  private ParserCheck() {}

  public static void main(String[] args) {
    JsonObject o = new JsonPureStringParser(
        "{\"a\" : \"x\\\"y\\\\n\\t\\/\", \"b\":[1,-2.5e3,true,false,null,{},[]], \"c\":0, \"d\":1E+2}")
        .parse().asObject();
    check(o.size() == 4, "four members");
    check("x\"y\\n\t/".equals(o.get("a").toString()), "escapes: got " + o.get("a"));
    JsonArray b = o.get("b").asArray();
    check(b.size() == 7, "array size");
    check(b.get(0).isNumber() && "-2.5e3".equals(b.get(1).toString()), "numbers keep their text");
    check(b.get(2).isTrue() && b.get(3).isFalse() && b.get(4).isNull() && b.get(2).isBoolean(), "literals");
    check(b.get(5).isObject() && b.get(6).isArray(), "nested empty values");
    check("0".equals(o.get("c").toString()) && "1E+2".equals(o.get("d").toString()), "zero and exponent");
    check(o.get("missing") == null, "absent member");

    for (String bad : new String[] {"{\"a\":}", "[1,", "01", "\"abc", "tru", "{\"a\" 1}", "[1 2]", "-", "1.",
        "\"\\x\"", ""}) {
      try {
        new JsonPureStringParser(bad).parse();
        throw new AssertionError("accepted malformed input: " + bad);
      } catch (ParseException e) {
        // expected
      }
    }
    System.out.println("json parser: ok");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
