package org.runavm.gc.compact.internal;

import org.runavm.gc.toolkit.PlanMutator;

/** A mutator of a {@link CompactHeap}: no write barrier; its allocation slow path is the heap's. */
final class CompactMutator extends PlanMutator {
    CompactMutator(CompactHeap heap) {
        super(heap, false);
    }

    @Override
    protected void rememberSlow(long object) {
        // Unreachable: the compact plan declares BarrierKind.NONE, so the barrier fast path never calls it.
        throw new IllegalStateException("the compact collector has no write barrier");
    }
}
