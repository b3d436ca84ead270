package org.runavm.stdlib.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.module.RunaTuple;
import org.runavm.stdlib.testkit.ModuleHarness;

class CsvFunctionsTest {
    private final ModuleHarness text = ModuleHarness.of(new TextModule());

    @Test
    void parsesQuotedFieldsAndBothLineEndings() {
        assertEquals(List.of(List.of("name", "note"), List.of("Ann", "says \"hi\", twice"), List.of("Bob", "two\nlines"),
                        List.of("", "")),
                text.call("parse_csv", "name,note\r\nAnn,\"says \"\"hi\"\", twice\"\nBob,\"two\nlines\"\n,\n"));
        assertEquals(List.of(List.of("a", "b")), text.call("parse_csv", "a;b", ";"));
        assertEquals(List.of(), text.call("parse_csv", ""));
    }

    @Test
    void unterminatedQuoteNamesTheLine() {
        assertEquals("text.parse_csv: unterminated quoted field starting on line 2",
                text.raises("ValueError", "parse_csv", "a\n\"b,c\nd"));
        text.raises("ValueError", "parse_csv", "a", "::");
    }

    @Test
    void writesAndRoundTrips() {
        List<Object> rows = List.of(Arrays.asList("x,y", 1L, 2.5, true, null), RunaTuple.of("q\"", "line\nbreak"));
        String csv = (String) text.call("to_csv", rows);
        assertEquals("\"x,y\",1,2.5,true,\n\"q\"\"\",\"line\nbreak\"\n", csv);
        assertEquals(List.of(List.of("x,y", "1", "2.5", "true", ""), List.of("q\"", "line\nbreak")), text.call("parse_csv", csv));
        assertEquals("text.to_csv: the field at row 0, column 0 is a List; CSV holds Text, numbers and Booleans",
                text.raises("ValueError", "to_csv", List.of(List.of(List.of()))));
    }
}
