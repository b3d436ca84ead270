package org.runavm.stdlib.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.module.RunaTuple;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestFunction;

class TemplateFormatterTest {
    private final ModuleHarness text = ModuleHarness.of(new TextModule());

    @Test
    void positionalIndexedAndNamedPlaceholders() {
        assertEquals("1 + 2.5 = x", text.call("format", "{} + {} = {}", 1, 2.5, "x"));
        assertEquals("b a b", text.call("format", "{1} {0} {1}", "a", "b"));
        assertEquals("Ann is 30", text.call("format", "{name} is {age}", Map.of("name", "Ann", "age", 30)));
        assertEquals("{literal} }", text.call("format", "{{literal}} }}"));
    }

    @Test
    void valuesUseTheirTextForm() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("a", 1L);
        map.put("b", List.of("x"));
        assertEquals("[1, \"a\", 2.5, null, true] {\"a\": 1, \"b\": [\"x\"]} (1, \"q\\\"\") Set{1}",
                text.call("format", "{} {} {} {}", java.util.Arrays.asList(1L, "a", 2.5, null, true), map,
                        RunaTuple.of(1L, "q\""), Set.of(1L)));
        assertEquals("1.0E20", text.call("format", "{}", 1e20));
    }

    @Test
    void formatSpecs() {
        assertEquals("   3.14|", text.call("format", "{:7.2f}|", Math.PI));
        assertEquals("ab   |  ab|", text.call("format", "{:5}|{:>4}|", "ab", "ab"));
        assertEquals("**x**", text.call("format", "{:*^5}", "x"));
        assertEquals("-0042", text.call("format", "{:05d}", -42));
        assertEquals("+7", text.call("format", "{:+}", 7));
        assertEquals("1,234,567", text.call("format", "{:,d}", 1234567));
        assertEquals("ff FF 777 101", text.call("format", "{:x} {:X} {:o} {:b}", 255, 255, 511, 5));
        assertEquals("12.5%", text.call("format", "{:.1%}", 0.125));
        assertEquals("1.500000e+03", text.call("format", "{:e}", 1500));
        assertEquals("abc", text.call("format", "{:.3}", "abcdef"));
        assertEquals("  1.50", text.call("format", "{price:6.2f}", Map.of("price", 1.5)));
    }

    @Test
    void mistakesAreClearErrors() {
        assertEquals("text.format: unclosed { at index 3 in template \"ab {\"", text.raises("ValueError", "format", "ab {"));
        text.raises("ValueError", "format", "a } b");
        assertEquals("text.format: no value for {} (position 1, 1 given)", text.raises("IndexError", "format", "{} {}", 1));
        assertEquals("text.format: no value named \"y\" for {y}", text.raises("KeyError", "format", "{y}", Map.of("x", 1)));
        text.raises("ValueError", "format", "{x}", 1);
        assertEquals("text.format: invalid format spec \"q\"", text.raises("ValueError", "format", "{:q}", 1));
        assertEquals("text.format: format spec \"d\" needs an Integer, not Decimal", text.raises("ValueError", "format", "{:d}", 1.5));
        text.raises("TypeError", "format", "{}", new TestFunction(args -> null));
    }
}
