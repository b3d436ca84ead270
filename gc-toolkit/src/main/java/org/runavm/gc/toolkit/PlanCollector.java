package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.spi.Collector;
import org.runavm.kernel.heap.spi.CollectorConstraints;
import org.runavm.kernel.heap.spi.HeapInspector;

/**
 * The part of a collector service every plan shares: its name, its published constraints and the
 * inspector over its own heaps. A plan's concrete class adds {@link #createHeap} and carries the
 * {@code @Component} annotation itself: Declarative Services annotations are not inherited.
 */
public abstract class PlanCollector implements Collector {
    private final String name;
    private final CollectorConstraints constraints;
    private final Class<? extends PlanHeap> heapType;

    /** A collector named {@code name} whose heaps are instances of {@code heapType}. */
    protected PlanCollector(String name, CollectorConstraints constraints, Class<? extends PlanHeap> heapType) {
        this.name = name;
        this.constraints = constraints;
        this.heapType = heapType;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final CollectorConstraints constraints() {
        return constraints;
    }

    @Override
    public final HeapInspector inspector(Heap heap) {
        if (heapType.isInstance(heap)) {
            return heapType.cast(heap)::walkLiveObjects;
        }
        throw new IllegalArgumentException("not a heap of the " + name + " collector: " + heap.collectorName());
    }
}
