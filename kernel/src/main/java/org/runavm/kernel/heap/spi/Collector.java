package org.runavm.kernel.heap.spi;

import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapConfig;

/**
 * A garbage-collection plan, registered as a DS service by a collector bundle. The VM picks one by
 * {@link #name()} ({@code --gc compact}) or through its memory model, and creates one heap per VM instance.
 */
@org.osgi.annotation.versioning.ProviderType
public interface Collector {
    /** The plan's name, e.g. {@code "compact"} or {@code "generational"}. */
    String name();

    /** What compilers and engines may rely on: whether objects move, which barrier is needed. */
    CollectorConstraints constraints();

    /**
     * Creates a heap sized by {@code config}. The heap takes JVM memory lazily and never more than
     * {@code config.maxBytes()} plus the plan's side tables.
     */
    Heap createHeap(HeapConfig config);

    /**
     * The inspector of a heap this collector created, for profilers and snapshots.
     *
     * @throws IllegalArgumentException if {@code heap} was created by another collector
     */
    HeapInspector inspector(Heap heap);
}
