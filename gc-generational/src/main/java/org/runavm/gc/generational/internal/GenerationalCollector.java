package org.runavm.gc.generational.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.gc.toolkit.PlanCollector;
import org.runavm.kernel.heap.spi.BarrierKind;
import org.runavm.kernel.heap.spi.Collector;
import org.runavm.kernel.heap.spi.CollectorConstraints;

/** The {@code generational} collector service: creates {@link GenerationalHeap}s. */
@Component(service = Collector.class, property = "runavm.collector=generational")
public final class GenerationalCollector extends PlanCollector<GenerationalHeap> {
    /** The plan's name. */
    public static final String NAME = "generational";
    static final CollectorConstraints CONSTRAINTS = new CollectorConstraints(true, BarrierKind.OBJECT_REMEMBERING);

    public GenerationalCollector() {
        super(NAME, CONSTRAINTS, GenerationalHeap.class, GenerationalHeap::new);
    }
}
