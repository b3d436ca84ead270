package org.runavm.kernel.heap.spi;

/**
 * What a plan promises to the code that runs on its heap (MMTk's plan constraints).
 *
 * @param movesObjects whether an object's address may change at a safepoint
 * @param barrier      which write barrier reference stores need
 */
public record CollectorConstraints(boolean movesObjects, BarrierKind barrier) {
    public CollectorConstraints {
        java.util.Objects.requireNonNull(barrier, "barrier");
    }

    /** Whether reference stores need any barrier at all. */
    public boolean needsBarrier() {
        return barrier != BarrierKind.NONE;
    }
}
