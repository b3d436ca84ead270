package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.Header;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Shapes;

/** Writes filler objects over unused words so that a space stays walkable object by object. */
public final class Fillers {
    private Fillers() {
    }

    /** Covers {@code [from, to)} with one filler object (a one-word filler if it is a single word). */
    public static void fill(HeapMemory memory, long from, long to) {
        long words = to - from;
        if (words <= 0) {
            return;
        }
        if (words == 1) {
            memory.set(from, Header.status(Shapes.FILLER_WORD, true));
            return;
        }
        memory.set(from, Header.status(Shapes.FILLER, true));
        memory.set(from + 1, (words - Header.WORDS) * 8);
    }
}
