package org.runavm.kernel.heap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HandleTableTest {
    @Test
    void handlesAreRootsThatFollowMoves() {
        HandleTable table = new HandleTable();
        int a = table.create(100);
        int b = table.create(200);
        table.scanRoots(new RootVisitor() {
            @Override
            public void visitValues(long[] payloads, byte[] tags, int from, int to) {
                fail("handles are plain references");
            }

            @Override
            public void visitReferences(long[] references, int from, int to) {
                for (int i = from; i < to; i++) {
                    if (references[i] != 0) {
                        references[i] += 1; // a moving collector rewrites them in place
                    }
                }
            }
        });
        assertEquals(101, table.get(a));
        assertEquals(201, table.get(b));
        table.release(a);
        assertThrows(IllegalArgumentException.class, () -> table.get(a));
        assertEquals(1, table.size());
        assertEquals(a, table.create(300), "released handles are reused");
        assertThrows(IllegalArgumentException.class, () -> table.create(0));
    }
}
