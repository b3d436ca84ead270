package org.runavm.gc.generational.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.spi.BarrierKind;
import org.runavm.kernel.heap.spi.Collector;
import org.runavm.kernel.heap.spi.CollectorConstraints;
import org.runavm.kernel.heap.spi.HeapInspector;

/** The {@code generational} collector service: creates {@link GenerationalHeap}s. */
@Component(service = Collector.class, property = "runavm.collector=generational")
public final class GenerationalCollector implements Collector {
    /** The plan's name. */
    public static final String NAME = "generational";
    static final CollectorConstraints CONSTRAINTS = new CollectorConstraints(true, BarrierKind.OBJECT_REMEMBERING);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CollectorConstraints constraints() {
        return CONSTRAINTS;
    }

    @Override
    public Heap createHeap(HeapConfig config) {
        return new GenerationalHeap(config);
    }

    @Override
    public HeapInspector inspector(Heap heap) {
        if (heap instanceof GenerationalHeap generational) {
            return generational::walkLiveObjects;
        }
        throw new IllegalArgumentException("not a heap of the generational collector: " + heap.collectorName());
    }
}
