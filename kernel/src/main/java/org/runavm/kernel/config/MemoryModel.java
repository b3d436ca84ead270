package org.runavm.kernel.config;

import static org.runavm.kernel.config.Size.GIB;
import static org.runavm.kernel.config.Size.MIB;

/**
 * {@code --memory-model}: a named set of heap sizes and a collector. Each size and the collector can
 * still be set one by one; the model only supplies what is not given.
 */
public enum MemoryModel {
    /**
     * Balanced: 16m initial, 256m maximum, 16m young generation (8m until 2026-12-07: a nursery that small
     * collected an allocation-heavy program four times as often), generational collector.
     */
    STANDARD(16 * MIB, 256 * MIB, 16 * MIB, CollectorChoice.GENERATIONAL),
    /** Memory-limited hosts: 2m initial, 32m maximum, 1m young generation, compacting collector. */
    CONSTRAINED(2 * MIB, 32 * MIB, MIB, CollectorChoice.COMPACT),
    /** Throughput: 64m initial, 1g maximum, 32m young generation, generational collector. */
    SERVER(64 * MIB, GIB, 32 * MIB, CollectorChoice.GENERATIONAL),
    /**
     * No built-in maximum: {@code --gc-max-heap} or {@code --memory-limit} must be given; the other
     * sizes default as for {@link #STANDARD}, capped by the maximum.
     */
    CUSTOM(16 * MIB, 0, 8 * MIB, CollectorChoice.GENERATIONAL);

    private final long initialHeap;
    private final long maxHeap;
    private final long youngSize;
    private final CollectorChoice collector;

    MemoryModel(long initialHeap, long maxHeap, long youngSize, CollectorChoice collector) {
        this.initialHeap = initialHeap;
        this.maxHeap = maxHeap;
        this.youngSize = youngSize;
        this.collector = collector;
    }

    /** The initial heap this model asks for, in bytes (capped by the maximum heap). */
    public long defaultInitialHeap() {
        return initialHeap;
    }

    /** The maximum heap, in bytes; 0 for {@link #CUSTOM}, which has none. */
    public long defaultMaxHeap() {
        return maxHeap;
    }

    /** The young generation size, in bytes (capped below the maximum heap). */
    public long defaultYoungSize() {
        return youngSize;
    }

    /** The collector used unless {@code --gc} says otherwise. */
    public CollectorChoice defaultCollector() {
        return collector;
    }

    /** The spelling on the command line. */
    public String cliName() {
        return Choices.cliName(this);
    }

    /** Parses the command-line spelling; the error names {@code option}. */
    public static MemoryModel parse(String option, String text) {
        return Choices.parse(MemoryModel.class, option, text);
    }
}
