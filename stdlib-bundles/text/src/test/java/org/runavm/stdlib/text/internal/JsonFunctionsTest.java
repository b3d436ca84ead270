package org.runavm.stdlib.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.module.RunaTuple;
import org.runavm.stdlib.testkit.ModuleHarness;

class JsonFunctionsTest {
    private final ModuleHarness text = ModuleHarness.of(new TextModule());

    @Test
    void parsesToRunaValuesInDocumentOrder() {
        Object parsed = text.call("parse_json", "{\"z\": 1, \"a\": [1.5, true, null, \"x\"], \"big\": 12345678901234567890}");
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put("z", 1L);
        expected.put("a", Arrays.asList(1.5, true, null, "x"));
        expected.put("big", 1.2345678901234567E19);
        assertEquals(expected, parsed);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(((Map<?, ?>) parsed).keySet()));
        assertEquals(2.0, text.call("parse_json", "2.0"));
        assertEquals(100.0, text.call("parse_json", "1e2"));
    }

    @Test
    void invalidJsonNamesThePosition() {
        String message = text.raises("ValueError", "parse_json", "{\"a\": 1,\n \"b\": x}");
        assertEquals("text.parse_json: invalid JSON at line 2, column 8: Unrecognized token 'x': was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')", message);
        text.raises("ValueError", "parse_json", "{\"a\": 1, \"a\": 2}");
        text.raises("ValueError", "parse_json", "[1] [2]");
        assertEquals("text.parse_json: no JSON value in the text", text.raises("ValueError", "parse_json", "  "));
        text.raises("ValueError", "parse_json", "[".repeat(5000));
    }

    @Test
    void writesCompactAndIndented() {
        Map<Object, Object> value = new LinkedHashMap<>();
        value.put("name", "Ann \"A\"");
        value.put("tags", List.of("x", 2L, 2.5));
        value.put("empty", Map.of());
        value.put(7L, new LinkedHashSet<>(List.of(true)));
        value.put("t", RunaTuple.of(1L, null));
        assertEquals("{\"name\":\"Ann \\\"A\\\"\",\"tags\":[\"x\",2,2.5],\"empty\":{},\"7\":[true],\"t\":[1,null]}",
                text.call("to_json", value));
        assertEquals("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": []\n}",
                text.call("to_json", new LinkedHashMap<>(Map.of("a", List.of(1L, 2L))) {{ put("b", List.of()); }}, 2));
    }

    @Test
    void roundTrip() {
        String json = "{\"a\":[1,2.5,\"\u00e9\\n\",null,{\"b\":false}]}";
        assertEquals(json, text.call("to_json", text.call("parse_json", json)));
    }

    @Test
    void valuesWithoutJsonFormAreValueErrors() {
        assertEquals("text.to_json: NaN has no JSON form (at $.x[1])",
                text.raises("ValueError", "to_json", Map.of("x", List.of(1L, Double.NaN))));
        assertEquals("text.to_json: a Bytes has no JSON form (at $)", text.raises("ValueError", "to_json", new byte[1]));
        assertEquals("text.to_json: a Map key must be Text or Integer, not Decimal (at $)",
                text.raises("ValueError", "to_json", Map.of(1.5, 1L)));
        text.raises("ValueError", "to_json", 1L, -1);
    }
}
