package org.runavm.kernel.heap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HeapMemoryTest {
    @Test
    void commitsChunksLazilyAndNeverBeyondCapacity() {
        HeapMemory memory = new HeapMemory(3L * HeapMemory.CHUNK_WORDS + 10);
        assertEquals(0, memory.committedWords());
        memory.commit(5, 6);
        assertEquals(HeapMemory.CHUNK_WORDS, memory.committedWords());
        memory.commit(3L * HeapMemory.CHUNK_WORDS, 3L * HeapMemory.CHUNK_WORDS + 10);
        assertEquals(HeapMemory.CHUNK_WORDS + 10, memory.committedWords(), "the last chunk is only as long as needed");
        assertThrows(IllegalArgumentException.class, () -> memory.commit(0, 3L * HeapMemory.CHUNK_WORDS + 11));
        assertFalse(memory.isCommitted(HeapMemory.CHUNK_WORDS, HeapMemory.CHUNK_WORDS + 1));
        assertThrows(NullPointerException.class, () -> memory.get(HeapMemory.CHUNK_WORDS + 3));
    }

    @Test
    void overlappingCopyDownAcrossChunkBoundaries() {
        HeapMemory memory = new HeapMemory(2L * HeapMemory.CHUNK_WORDS);
        memory.commit(0, memory.capacityWords());
        long source = HeapMemory.CHUNK_WORDS - 100;
        for (int i = 0; i < 1000; i++) {
            memory.set(source + i, i * 7L);
        }
        long target = source - 37;
        memory.copy(source, target, 1000);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i * 7L, memory.get(target + i), "word " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> memory.copy(target, target + 1, 10));
    }

    @Test
    void fillSpansChunks() {
        HeapMemory memory = new HeapMemory(2L * HeapMemory.CHUNK_WORDS);
        memory.commit(0, memory.capacityWords());
        memory.fill(HeapMemory.CHUNK_WORDS - 2, HeapMemory.CHUNK_WORDS + 2, -1L);
        assertEquals(0, memory.get(HeapMemory.CHUNK_WORDS - 3));
        assertEquals(-1L, memory.get(HeapMemory.CHUNK_WORDS - 2));
        assertEquals(-1L, memory.get(HeapMemory.CHUNK_WORDS + 1));
        assertEquals(0, memory.get(HeapMemory.CHUNK_WORDS + 2));
    }

    @Test
    void releaseDropsEveryChunk() {
        HeapMemory memory = new HeapMemory(1000);
        memory.commit(0, 1000);
        memory.release();
        assertEquals(0, memory.committedWords());
    }
}
