package org.runavm.kernel.heap.objects;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.heap.BumpOnlyMutator;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;

import static org.junit.jupiter.api.Assertions.*;

class TextsTest {
    private final BumpOnlyMutator mutator = new BumpOnlyMutator(10_000);
    private final HeapMemory memory = mutator.memory();

    @Test
    void latin1TextTakesOneBytePerCodePoint() {
        long before = mutator.top();
        long text = Texts.allocate(mutator, "café!");
        assertEquals(Shapes.TEXT_LATIN1, Slots.shape(memory, text));
        assertEquals(5, Texts.length(memory, text));
        assertEquals(3, mutator.top() - before, "2 header words + 1 word for 5 bytes");
        assertEquals('é', Texts.codePointAt(memory, text, 3));
        assertEquals("café!", Texts.toJavaString(memory, text));
    }

    @Test
    void textBeyondLatin1IsIndexedByCodePoint() {
        String s = "a€😀b";
        long text = Texts.allocate(mutator, s);
        assertEquals(Shapes.TEXT_UTF32, Slots.shape(memory, text));
        assertEquals(4, Texts.length(memory, text), "the emoji is one code point, not two chars");
        assertEquals(0x1F600, Texts.codePointAt(memory, text, 2));
        assertEquals('b', Texts.codePointAt(memory, text, 3));
        assertEquals(s, Texts.toJavaString(memory, text));
        assertThrows(IndexOutOfBoundsException.class, () -> Texts.codePointAt(memory, text, 4));
    }

    @Test
    void equalityAndHashAreStructural() {
        long a = Texts.allocate(mutator, "hello wörld");
        long b = Texts.allocate(mutator, "hello wörld");
        long c = Texts.allocate(mutator, "hello world");
        assertNotEquals(a, b);
        assertTrue(Texts.equal(memory, a, b));
        assertEquals(Texts.hash(memory, a), Texts.hash(memory, b));
        assertFalse(Texts.equal(memory, a, c));
        assertFalse(Texts.equal(memory, Texts.allocate(mutator, "ab"), Texts.allocate(mutator, "ab\0")));
    }
}
