package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.heap.spi.Safepoints;

/**
 * The part of a mutator every plan shares: the safepoint protocol, the thread-local allocation buffer's
 * bookkeeping, root scanning of its local roots, the allocation slow path (its {@link PlanHeap}'s) and
 * closing. Plans add the barrier slow path.
 */
public abstract class PlanMutator extends Mutator implements Safepoints.Participant {
    private final PlanHeap heap;
    private final Safepoints safepoints;
    private final Thread owner = Thread.currentThread();
    private boolean closed;

    /** A mutator of {@code heap} for the calling thread; {@code barrierActive} turns the write barrier on. */
    protected PlanMutator(PlanHeap heap, boolean barrierActive) {
        super(heap.memory(), barrierActive);
        this.heap = heap;
        this.safepoints = heap.safepoints;
    }

    @Override
    public final Heap heap() {
        return heap;
    }

    /** The thread this mutator belongs to. */
    public final Thread owner() {
        return owner;
    }

    @Override
    protected final long allocateSlow(long words) {
        if (closed) {
            throw new IllegalStateException("mutator is closed");
        }
        return heap.allocateSlow(this, words);
    }

    @Override
    public final void requestYield(boolean yield) {
        yieldRequested = yield;
    }

    @Override
    protected final void pollSlow() {
        safepoints.block(this);
    }

    @Override
    public final void enterSafeRegion() {
        safepoints.enterSafeRegion(this);
    }

    @Override
    public final void leaveSafeRegion() {
        safepoints.leaveSafeRegion(this);
    }

    /** Installs a fresh allocation buffer {@code [start, end)}. */
    public final void setBuffer(long start, long end) {
        cursor = start;
        limit = end;
    }

    /** Covers the unused rest of the buffer with a filler (keeping the space walkable) and drops it. */
    public final void retireBuffer() {
        Fillers.fill(memory, cursor, limit);
        cursor = 0;
        limit = 0;
    }

    /** Offers this mutator's roots (its local roots) to {@code visitor}. */
    public final void scanRoots(RootVisitor visitor) {
        scanLocals(visitor);
    }

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            heap.detach(this);
        }
    }
}
