package org.runavm.gc.generational.internal;

import org.runavm.gc.toolkit.PlanMutator;
import org.runavm.kernel.heap.Header;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.spi.Safepoints;

/** A mutator of a {@link GenerationalHeap}: the barrier is on, its slow path feeds the remembered set. */
final class GenerationalMutator extends PlanMutator {
    private final GenerationalHeap heap;
    private boolean closed;

    GenerationalMutator(GenerationalHeap heap, Safepoints safepoints) {
        super(heap.memory(), true, safepoints);
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
        while (true) {
            long status = memory.get(object);
            if ((status & Header.LOG_BIT) == 0) {
                return; // another thread logged it first
            }
            if (memory.compareAndSet(object, status, status & ~Header.LOG_BIT)) {
                heap.remember(object);
                return;
            }
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            heap.detach(this);
        }
    }
}
