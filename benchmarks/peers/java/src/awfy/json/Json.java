package awfy.json;

import awfy.Benchmark;

/** Json: parses a 25 KB RAP protocol message with a minimal JSON parser that reads one-character strings. */
public final class Json extends Benchmark {
  @Override
  public Object benchmark() {
    return new JsonPureStringParser(RapBenchmark.MESSAGE).parse();
  }

  @Override
  public boolean verifyResult(Object result) {
    if (!(result instanceof JsonObject message)) {
      return fail("expected an object at the top");
    }
    if (!message.get("head").isObject()) {
      return fail("expected head to be an object");
    }
    if (!message.get("operations").isArray()) {
      return fail("expected operations to be an array");
    }
    return expect(156, message.get("operations").asArray().size());
  }
}
