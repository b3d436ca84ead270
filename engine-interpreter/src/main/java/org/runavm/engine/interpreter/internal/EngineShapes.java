package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.heap.Shapes;

/** Heap shapes this engine adds to the kernel's built-in layouts. */
final class EngineShapes {
    /** A method bound to its receiver ({@code let f = p.greet}): slot 0 the receiver, slot 1 the method. */
    static final int BOUND_METHOD = Shapes.FIRST_FREE + 1;
    /** An iterator: slot 0 the source, slot 1 the next position (Integer). */
    static final int ITERATOR = Shapes.FIRST_FREE + 2;
    /** A suspended generator ({@link Generators}). */
    static final int GENERATOR = Shapes.FIRST_FREE + 3;
    /**
     * A foreign Pointer ({@link Pointers}): slot 0 the native address, slot 1 the number of the native
     * block it points into (0 for memory the VM did not allocate), both Integers.
     */
    static final int POINTER = Shapes.FIRST_FREE + 4;

    private EngineShapes() {
    }
}
