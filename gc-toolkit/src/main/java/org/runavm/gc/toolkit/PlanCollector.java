package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.spi.Collector;
import org.runavm.kernel.heap.spi.CollectorConstraints;
import org.runavm.kernel.heap.spi.HeapInspector;

import java.util.function.Function;

/**
 * A collector service built from its plan's parts: its name, its published constraints, the heap it
 * creates and the inspector over those heaps. A plan's concrete class only passes them to the constructor
 * and carries the {@code @Component} annotation itself: Declarative Services annotations are not inherited.
 *
 * @param <H> the plan's heap
 */
public abstract class PlanCollector<H extends PlanHeap> implements Collector {
    private final String name;
    private final CollectorConstraints constraints;
    private final Class<H> heapType;
    private final Function<HeapConfig, H> heapFactory;

    /** A collector named {@code name} whose heaps, instances of {@code heapType}, {@code heapFactory} creates. */
    protected PlanCollector(String name, CollectorConstraints constraints, Class<H> heapType,
            Function<HeapConfig, H> heapFactory) {
        this.name = name;
        this.constraints = constraints;
        this.heapType = heapType;
        this.heapFactory = heapFactory;
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
    public final Heap createHeap(HeapConfig config) {
        return heapFactory.apply(config);
    }

    @Override
    public final HeapInspector inspector(Heap heap) {
        if (heapType.isInstance(heap)) {
            return heapType.cast(heap)::walkLiveObjects;
        }
        throw new IllegalArgumentException("not a heap of the " + name + " collector: " + heap.collectorName());
    }
}
