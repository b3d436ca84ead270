package org.runavm.gc.compact.internal;

import org.runavm.gc.toolkit.PlanMutator;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.spi.Safepoints;

/** A mutator of a {@link CompactHeap}; its slow path is the heap's. */
final class CompactMutator extends PlanMutator {
    private final CompactHeap heap;
    private boolean closed;

    CompactMutator(CompactHeap heap, Safepoints safepoints) {
        super(heap.memory(), false, safepoints);
        this.heap = heap;
    }

    @Override
    public Heap heap() {
        return heap;
    }

    @Override
    protected long allocateSlow(long words) {
        if (closed) {
            throw new IllegalStateException("mutator is closed");
        }
        return heap.allocateSlow(this, words);
    }

    @Override
    protected void rememberSlow(long object) {
        // Unreachable: the compact plan declares BarrierKind.NONE, so the barrier fast path never calls it.
        throw new IllegalStateException("the compact collector has no write barrier");
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            heap.detach(this);
        }
    }
}
