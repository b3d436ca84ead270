package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.spi.ObjectModel;
import org.runavm.kernel.value.Tag;

import java.util.function.Consumer;

/**
 * The debug-mode heap check (Lua's {@code lua_assert} for the collector): walks every object of the given
 * regions, checks each header, then checks that every reference, in the heap and in the roots, points at
 * the header of a real (non-filler) object. Run after every collection when {@code HeapConfig.verify} is on.
 *
 * <p>A heap keeps one verifier: its bitmap of object starts covers the whole address space (1/64 of it)
 * and is made once, then cleared over the regions it marked after each check. Under
 * {@code RUNAVM_GC_DEBUG=stress} the heap is verified twice per allocation, and a new bitmap each time
 * (megabytes for a default heap) made a program of a few thousand allocations spend most of its time
 * zeroing Java arrays. Not thread-safe: a heap verifies with its world stopped.
 */
public final class HeapVerifier {
    private final HeapMemory memory;
    private final ObjectModel model;
    private MarkBitmap starts;

    public HeapVerifier(HeapMemory memory, ObjectModel model) {
        this.memory = memory;
        this.model = model;
    }

    /**
     * Verifies the walkable regions {@code regions} (pairs of start, end) and the references offered by
     * {@code roots}.
     *
     * @throws HeapCorruptionError describing the first problem found
     */
    public void verify(long[] regions, Consumer<RootVisitor> roots) {
        if (starts == null) {
            starts = new MarkBitmap(0, memory.capacityWords());
        }
        try {
            checkRegionsAndRoots(regions, roots, starts);
        } finally {
            for (int r = 0; r < regions.length; r += 2) {
                starts.clear(regions[r], regions[r + 1]); // only regions' objects were marked
            }
        }
    }

    private void checkRegionsAndRoots(long[] regions, Consumer<RootVisitor> roots, MarkBitmap starts) {
        for (int r = 0; r < regions.length; r += 2) {
            long object = regions[r];
            while (object < regions[r + 1]) {
                String problem = model.checkHeader(memory, object, regions[r + 1]);
                if (problem != null) {
                    throw new HeapCorruptionError(problem);
                }
                if (!model.isFiller(memory, object)) {
                    starts.markRange(object, 1);
                }
                object += model.sizeInWords(memory, object);
            }
        }
        for (int r = 0; r < regions.length; r += 2) {
            long object = regions[r];
            while (object < regions[r + 1]) {
                long current = object;
                model.scanReferenceSlots(memory, current, slot -> check(starts, memory.get(slot),
                        () -> "slot " + (slot - current - 2) + " of " + Shapes.name(Slots.shape(memory, current))
                                + " at " + current));
                object += model.sizeInWords(memory, object);
            }
        }
        roots.accept(new RootVisitor() {
            @Override
            public void visitValues(long[] payloads, byte[] tags, int from, int to) {
                for (int i = from; i < to; i++) {
                    if (tags[i] == Tag.REF) {
                        int index = i;
                        check(starts, payloads[i], () -> "root value slot " + index);
                    }
                }
            }

            @Override
            public void visitReferences(long[] references, int from, int to) {
                for (int i = from; i < to; i++) {
                    if (references[i] != 0) {
                        int index = i;
                        check(starts, references[i], () -> "root reference " + index);
                    }
                }
            }
        });
    }

    private void check(MarkBitmap starts, long referent, java.util.function.Supplier<String> where) {
        if (!starts.covers(referent) || !starts.isMarked(referent)) {
            throw new HeapCorruptionError(where.get() + " refers to " + referent + ", which is not an object");
        }
    }
}
