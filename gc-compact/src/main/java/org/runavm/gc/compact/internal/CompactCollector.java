package org.runavm.gc.compact.internal;

import org.osgi.service.component.annotations.Component;
import org.runavm.gc.toolkit.PlanCollector;
import org.runavm.kernel.heap.spi.BarrierKind;
import org.runavm.kernel.heap.spi.Collector;
import org.runavm.kernel.heap.spi.CollectorConstraints;

/** The {@code compact} collector service: creates {@link CompactHeap}s. */
@Component(service = Collector.class, property = "runavm.collector=compact")
public final class CompactCollector extends PlanCollector<CompactHeap> {
    /** The plan's name. */
    public static final String NAME = "compact";
    static final CollectorConstraints CONSTRAINTS = new CollectorConstraints(true, BarrierKind.NONE);

    public CompactCollector() {
        super(NAME, CONSTRAINTS, CompactHeap.class, CompactHeap::new);
    }
}
