package org.runavm.kernel.heap.spi;

/** The write barrier a plan needs, so that a JIT can emit its fast path inline. */
public enum BarrierKind {
    /** No barrier: reference stores are plain stores. */
    NONE,
    /**
     * Object-remembering barrier: on a reference store into {@code object}, if its status word has
     * {@link org.runavm.kernel.heap.Header#LOG_BIT} set, call the mutator's slow path
     * ({@link org.runavm.kernel.heap.Mutator#writeBarrier}), which records the object once and clears
     * the bit.
     */
    OBJECT_REMEMBERING
}
