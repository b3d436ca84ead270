package org.runavm.gc.toolkit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MarkBitmapTest {
    @Test
    void marksRangesAcrossWordBoundaries() {
        MarkBitmap bitmap = new MarkBitmap(64, 1024);
        bitmap.markRange(100, 3);
        bitmap.markRange(120, 200);
        assertFalse(bitmap.isMarked(99));
        assertTrue(bitmap.isMarked(100));
        assertTrue(bitmap.isMarked(102));
        assertFalse(bitmap.isMarked(103));
        assertTrue(bitmap.isMarked(319));
        assertFalse(bitmap.isMarked(320));
        assertEquals(203, bitmap.countMarked(64, 1088));
        assertEquals(2, bitmap.countMarked(101, 103));
        assertEquals(100, bitmap.nextMarked(64, 1088));
        assertEquals(120, bitmap.nextMarked(103, 1088));
        assertEquals(1088, bitmap.nextMarked(320, 1088));
        assertEquals(150, bitmap.nextMarked(150, 1088));
        assertEquals(0, bitmap.markedBefore(100));
        assertEquals(2, bitmap.markedBefore(102));
    }

    @Test
    void clearRemovesMarks() {
        MarkBitmap bitmap = new MarkBitmap(0, 256);
        bitmap.markRange(0, 256);
        bitmap.clear(64, 192);
        assertTrue(bitmap.isMarked(63));
        assertFalse(bitmap.isMarked(64));
        assertFalse(bitmap.isMarked(191));
        assertTrue(bitmap.isMarked(192));
    }

    @Test
    void takesNoMemoryUntilMarkedAndReadsUnmarkedBeyondItsMarks() {
        long words = 64L << 20; // the address space of a 256m heap and its large-object space
        MarkBitmap bitmap = new MarkBitmap(16, words);
        assertEquals(0, bitmap.allocatedWords());
        assertFalse(bitmap.isMarked(16));
        assertFalse(bitmap.isMarked(16 + words - 1));
        assertEquals(16 + words, bitmap.nextMarked(16, 16 + words));
        assertEquals(0, bitmap.countMarked(16, 16 + words));
        bitmap.clear(16, 16 + words);
        assertEquals(0, bitmap.allocatedWords());

        bitmap.markRange(16 + 1000, 10);
        assertEquals(1024, bitmap.allocatedWords()); // the smallest array, not the whole range
        assertEquals(16 + 1000, bitmap.nextMarked(16, 16 + words));
        assertEquals(16 + words, bitmap.nextMarked(16 + 1010, 16 + words));
        assertFalse(bitmap.isMarked(16 + (1L << 20)));
    }

    @Test
    void growsToAMarkFarUpAndKeepsTheMarksBelowIt() {
        long words = 1L << 24;
        MarkBitmap bitmap = new MarkBitmap(0, words);
        bitmap.markRange(100, 3);
        bitmap.markRange(words - 70, 70); // the last words of the range, across a bitmap word
        assertEquals(words / 64, bitmap.allocatedWords());
        assertTrue(bitmap.isMarked(102));
        assertTrue(bitmap.isMarked(words - 1));
        assertEquals(73, bitmap.countMarked(0, words));
        assertEquals(words - 70, bitmap.nextMarked(103, words));
        bitmap.clear(0, words);
        assertEquals(0, bitmap.countMarked(0, words));
    }

    @Test
    void growsByDoublingSoManyMarksCopyLittle() {
        MarkBitmap bitmap = new MarkBitmap(0, 1L << 30);
        bitmap.markRange(64L * 10, 1);
        assertEquals(1024, bitmap.allocatedWords());
        bitmap.markRange(64L * 1024, 1); // word 1024: just past the smallest array
        assertEquals(2048, bitmap.allocatedWords());
        bitmap.markRange(64L * 2048, 1);
        assertEquals(4096, bitmap.allocatedWords());
        assertTrue(bitmap.isMarked(64L * 10));
        assertTrue(bitmap.isMarked(64L * 1024));
    }
}
