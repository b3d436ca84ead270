package org.runavm.gc.toolkit;

import java.util.Arrays;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.heap.spi.ObjectModel;
import org.runavm.kernel.value.Tag;

/**
 * Sliding compaction of a marked range, in the Lisp2 order (compute forwarding addresses, update every
 * reference, slide) but with the Compressor's forwarding scheme instead of a forwarding word per object:
 * because the {@link MarkBitmap} marks every live word, the new address of a live object is
 * {@code blockTarget[b] + (live words before it in its 64-word block)}, one table load and a popcount.
 * That costs 1/64 of the range in side table (taken as compactions reach it, like the bitmap's) and leaves
 * object headers untouched until the slide.
 * Objects keep their order, so identity hashes, ages and locality survive.
 *
 * <p>Precondition for every phase: the range was traced with the same bitmap and nothing has moved yet.
 * Every reference slot (root or heap) must be offered exactly once to {@link #forwarder()}, since
 * forwarding an already forwarded address would corrupt it.
 */
public final class SlidingCompactor {
    private final HeapMemory memory;
    private final ObjectModel model;
    private final MarkBitmap bitmap;
    private final int maxBlocks;
    /** Grown to the blocks a compaction covers, as the bitmap grows to the marks: see {@link MarkBitmap}. */
    private long[] blockTarget = new long[0];
    private long from;
    private long top;

    /** @param bitmap the bitmap the range was traced with; it must cover every range compacted */
    public SlidingCompactor(HeapMemory memory, ObjectModel model, MarkBitmap bitmap, long coveredWords) {
        this.memory = memory;
        this.model = model;
        this.bitmap = bitmap;
        this.maxBlocks = (int) ((coveredWords + 63) >>> 6);
    }

    /**
     * Computes the forwarding table for the live objects of {@code [from, top)} compacted towards
     * {@code from}; returns the new top. {@code from} must be 64-word aligned relative to the bitmap base.
     */
    public long computeForwarding(long from, long top) {
        if (((from - bitmap.base()) & 63) != 0) {
            throw new IllegalArgumentException("compaction range must start on a bitmap word");
        }
        this.from = from;
        this.top = top;
        long target = from;
        int first = (int) ((from - bitmap.base()) >>> 6);
        int last = (int) ((top - bitmap.base() + 63) >>> 6);
        if (last > blockTarget.length) {
            blockTarget = Arrays.copyOf(blockTarget, Math.min(maxBlocks, Math.max(last, 2 * blockTarget.length)));
        }
        for (int b = first; b < last; b++) {
            blockTarget[b] = target;
            target += Long.bitCount(bitmap.word(b));
        }
        return target;
    }

    /** Whether {@code address} lies in the range being compacted (and so may move). */
    public boolean inRange(long address) {
        return address >= from && address < top;
    }

    /** The new address of the live object at {@code address} in the compacted range. */
    public long forward(long address) {
        return blockTarget[(int) ((address - bitmap.base()) >>> 6)] + bitmap.markedBefore(address);
    }

    /** A root and slot visitor that rewrites every reference into the range to its new address. */
    public Forwarder forwarder() {
        return new Forwarder();
    }

    /** Updates the reference slots of every live object in the range (before {@link #slide()}). */
    public void updateHeapReferences() {
        Forwarder forwarder = forwarder();
        forEachLive(object -> model.scanReferenceSlots(memory, object, forwarder));
    }

    /** Moves every live object down to its new address, in address order. */
    public void slide() {
        forEachLive(object -> {
            long target = forward(object);
            if (target != object) {
                model.copy(memory, object, target);
            }
        });
    }

    /** Visits the live objects of the range in address order. */
    public void forEachLive(java.util.function.LongConsumer action) {
        long object = bitmap.nextMarked(from, top);
        while (object < top) {
            long words = model.sizeInWords(memory, object);
            action.accept(object);
            object = bitmap.nextMarked(object + words, top);
        }
    }

    /** Rewrites references into the compacted range; leaves every other reference alone. */
    public final class Forwarder implements RootVisitor, ObjectModel.SlotVisitor {
        private Forwarder() {
        }

        @Override
        public void visitValues(long[] payloads, byte[] tags, int start, int end) {
            for (int i = start; i < end; i++) {
                if (tags[i] == Tag.REF && inRange(payloads[i])) {
                    payloads[i] = forward(payloads[i]);
                }
            }
        }

        @Override
        public void visitReferences(long[] references, int start, int end) {
            for (int i = start; i < end; i++) {
                if (inRange(references[i])) {
                    references[i] = forward(references[i]);
                }
            }
        }

        @Override
        public void visitSlot(long slotAddress) {
            long referent = memory.get(slotAddress);
            if (inRange(referent)) {
                memory.set(slotAddress, forward(referent));
            }
        }
    }
}
