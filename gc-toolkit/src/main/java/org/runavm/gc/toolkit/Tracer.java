package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.heap.spi.ObjectModel;
import org.runavm.kernel.value.Tag;

/**
 * The mark phase: roots are offered through {@link RootVisitor}; every object they reach within the traced
 * range {@code [from, to)} is marked in the {@link MarkBitmap} (all its words) and scanned from an explicit
 * {@link MarkStack}, never by JVM recursion, so a million-element linked list traces like any other graph.
 * References outside the range are ignored: a generational plan traces only its nursery this way.
 */
public final class Tracer implements RootVisitor, ObjectModel.SlotVisitor {
    private final HeapMemory memory;
    private final ObjectModel model;
    private final MarkBitmap bitmap;
    private final MarkStack stack;
    private long from;
    private long to;
    private long markedWords;

    public Tracer(HeapMemory memory, ObjectModel model, MarkBitmap bitmap, MarkStack stack) {
        this.memory = memory;
        this.model = model;
        this.bitmap = bitmap;
        this.stack = stack;
    }

    /** Starts a trace of {@code [from, to)}; the bitmap must already be clear there. */
    public void begin(long from, long to) {
        this.from = from;
        this.to = to;
        this.markedWords = 0;
        stack.reset();
    }

    /** Words marked since {@link #begin}. */
    public long markedWords() {
        return markedWords;
    }

    @Override
    public void visitValues(long[] payloads, byte[] tags, int start, int end) {
        for (int i = start; i < end; i++) {
            if (tags[i] == Tag.REF) {
                mark(payloads[i]);
            }
        }
    }

    @Override
    public void visitReferences(long[] references, int start, int end) {
        for (int i = start; i < end; i++) {
            if (references[i] != 0) {
                mark(references[i]);
            }
        }
    }

    @Override
    public void visitSlot(long slotAddress) {
        mark(memory.get(slotAddress));
    }

    /** Marks {@code object} and queues it for scanning, if it is in range and not yet marked. */
    public void mark(long object) {
        if (object < from || object >= to || bitmap.isMarked(object)) {
            return;
        }
        long words = model.sizeInWords(memory, object);
        bitmap.markRange(object, words);
        markedWords += words;
        stack.push(object);
    }

    /** Scans queued objects until the transitive closure is marked. */
    public void drain() {
        drainStack();
        while (stack.overflowed()) {
            // Some grey objects were dropped: every marked object whose children may be unmarked is
            // rescanned; marking is idempotent, so rescanning black objects is merely redundant work.
            stack.clearOverflow();
            long object = bitmap.nextMarked(from, to);
            while (object < to) {
                model.scanReferenceSlots(memory, object, this);
                drainStack();
                object = bitmap.nextMarked(object + model.sizeInWords(memory, object), to);
            }
        }
    }

    private void drainStack() {
        while (!stack.isEmpty()) {
            model.scanReferenceSlots(memory, stack.pop(), this);
        }
    }
}
