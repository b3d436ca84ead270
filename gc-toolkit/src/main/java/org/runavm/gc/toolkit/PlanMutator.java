package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.RootVisitor;
import org.runavm.kernel.heap.spi.Safepoints;

/**
 * The part of a mutator every plan shares: the safepoint protocol, the thread-local allocation buffer's
 * bookkeeping and root scanning of its local roots. Plans add allocation and barrier slow paths.
 */
public abstract class PlanMutator extends Mutator implements Safepoints.Participant {
    private final Safepoints safepoints;
    private final Thread owner = Thread.currentThread();

    protected PlanMutator(HeapMemory memory, boolean barrierActive, Safepoints safepoints) {
        super(memory, barrierActive);
        this.safepoints = safepoints;
    }

    /** The thread this mutator belongs to. */
    public final Thread owner() {
        return owner;
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
}
