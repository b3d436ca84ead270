package org.runavm.gc.generational.internal;

import org.runavm.gc.toolkit.PlanMutator;
import org.runavm.kernel.heap.Header;

/** A mutator of a {@link GenerationalHeap}: the barrier is on, its slow path feeds the remembered set. */
final class GenerationalMutator extends PlanMutator {
    private final GenerationalHeap heap;

    GenerationalMutator(GenerationalHeap heap) {
        super(heap, true);
        this.heap = heap;
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
}
