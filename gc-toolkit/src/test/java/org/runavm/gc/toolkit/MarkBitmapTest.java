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
}
