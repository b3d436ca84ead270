package org.runavm.stdlib.collections.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.module.RunaTuple;
import org.runavm.stdlib.testkit.ModuleHarness;

class CollectionsModuleTest {
    private final ModuleHarness collections = ModuleHarness.of(new CollectionsModule());

    @Test
    void declaresTheNativesAndTheRunaSource() {
        assertEquals(Set.of("range", "Bytes"), collections.functionNames());
        String source = collections.sources().get("collections.runa");
        for (String export : List.of("Class Deque", "Class PriorityQueue", "Class Counter", "Class DefaultMap",
                "Process called zip(", "Process called group_by(", "Process called sort_by(", "Process called unique(",
                "Process called flatten(", "Process called chunk(", "Process called window(",
                "Process called enumerate(")) {
            assertTrue(source.contains(export), export);
        }
        assertTrue(!source.contains("Process called range(") && !source.contains("Process called Bytes("),
                "a name is declared once: natively or in the source");
    }

    @Test
    void rangeIsEndExclusive() {
        assertEquals(List.of(0L, 1L, 2L), collections.call("range", 3));
        assertEquals(List.of(2L, 5L, 8L), collections.call("range", 2, 10, 3));
        assertEquals(List.of(2L, 5L, 8L), collections.call("range", 2, 9, 3));
        assertEquals(List.of(5L, 3L, 1L), collections.call("range", 5, 0, -2));
        assertEquals(List.of(), collections.call("range", 5, 5));
        assertEquals(List.of(), collections.call("range", 5, 1));
        assertEquals(List.of(), collections.call("range", -3));
        assertEquals(List.of(Long.MAX_VALUE - 1), collections.call("range", Long.MAX_VALUE - 1, Long.MAX_VALUE));
        assertEquals(List.of(Long.MIN_VALUE, -1L), collections.call("range", Long.MIN_VALUE, 1, Long.MAX_VALUE));
        assertEquals(List.of(0L, Long.MAX_VALUE - 1), collections.call("range", 0, Long.MAX_VALUE, Long.MAX_VALUE - 1));
    }

    @Test
    void rangeRejectsAZeroStepAndHugeRanges() {
        assertEquals("collections.range: the step must not be 0", collections.raises("ValueError", "range", 1, 5, 0));
        assertTrue(collections.raises("ValueError", "range", Long.MIN_VALUE, Long.MAX_VALUE).contains("too many"));
        collections.raises("TypeError", "range", 1.5);
    }

    @Test
    void bytesFromASizeValuesTextOrBytes() {
        assertArrayEquals(new byte[3], (byte[]) collections.call("Bytes", 3));
        assertArrayEquals(new byte[] {1, 2, (byte) 255}, (byte[]) collections.call("Bytes", List.of(1L, 2L, 255L)));
        assertArrayEquals(new byte[] {7, 8}, (byte[]) collections.call("Bytes", RunaTuple.of(7L, 8L)));
        assertArrayEquals(new byte[] {'h', (byte) 0xC3, (byte) 0xA9}, (byte[]) collections.call("Bytes", "hé"));
        byte[] original = {4, 5};
        byte[] copy = (byte[]) collections.call("Bytes", (Object) original);
        assertArrayEquals(original, copy);
        assertNotSame(original, copy);
    }

    @Test
    void bytesRejectsWhatIsNoByte() {
        assertEquals("collections.Bytes: element 1 is 256, not a byte value (0 to 255)",
                collections.raises("ValueError", "Bytes", List.of(1L, 256L)));
        collections.raises("ValueError", "Bytes", List.of(-1L));
        assertEquals("collections.Bytes: element 0 is not an Integer", collections.raises("TypeError", "Bytes", List.of("a")));
        collections.raises("ValueError", "Bytes", -1);
        collections.raises("TypeError", "Bytes", 1.5);
        collections.raises("ValueError", "Bytes", "\uD800");
    }
}
