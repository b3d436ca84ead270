package org.runavm.gc.compact.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.spi.BarrierKind;
import org.runavm.kernel.heap.spi.Collector;
import org.runavm.kernel.heap.spi.CollectorConstraints;
import org.runavm.kernel.heap.spi.HeapInspector;

/** The {@code compact} collector service: creates {@link CompactHeap}s. */
@Component(service = Collector.class, property = "runavm.collector=compact")
public final class CompactCollector implements Collector {
    /** The plan's name. */
    public static final String NAME = "compact";
    static final CollectorConstraints CONSTRAINTS = new CollectorConstraints(true, BarrierKind.NONE);

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
        return new CompactHeap(config);
    }

    @Override
    public HeapInspector inspector(Heap heap) {
        if (heap instanceof CompactHeap compact) {
            return compact::walkLiveObjects;
        }
        throw new IllegalArgumentException("not a heap of the compact collector: " + heap.collectorName());
    }
}
