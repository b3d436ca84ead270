package org.runavm.kernel.config;

/**
 * Resolves the three heap sizes from what was given and the memory model's defaults, and checks that
 * they fit together. Explicit values that contradict each other are errors; defaults are capped so
 * that a small maximum (say {@code --memory-limit=4m}) never makes a model's default invalid.
 */
record HeapSizes(long initial, long max, long young) {
    /** The smallest heap a VM can run a program in. */
    static final long MIN_HEAP = 64 * Size.KIB;

    static HeapSizes resolve(MemoryModel model, Long initial, Long max, Long young, Long limit) {
        long resolvedMax;
        if (max != null) {
            resolvedMax = limit != null ? Math.min(max, limit) : max;
        } else if (limit != null) {
            resolvedMax = limit;
        } else if (model == MemoryModel.CUSTOM) {
            throw new ConfigException("--memory-model", "custom has no built-in heap size: give "
                    + "--gc-max-heap or --memory-limit");
        } else {
            resolvedMax = model.defaultMaxHeap();
        }
        if (resolvedMax < MIN_HEAP) {
            String option = max != null && (limit == null || max <= limit) ? "--gc-max-heap" : "--memory-limit";
            throw new ConfigException(option, "heap of " + Size.format(resolvedMax)
                    + " is too small (the minimum is " + Size.format(MIN_HEAP) + ")");
        }
        long resolvedInitial = initial != null ? initial : Math.min(model.defaultInitialHeap(), resolvedMax);
        if (resolvedInitial > resolvedMax) {
            throw new ConfigException("--gc-initial-heap", Size.format(resolvedInitial)
                    + " is larger than the maximum heap " + Size.format(resolvedMax) + maxSource(max, limit));
        }
        long resolvedYoung = young != null ? young : Math.min(model.defaultYoungSize(), resolvedMax / 4);
        if (resolvedYoung >= resolvedMax) {
            throw new ConfigException("--gc-young-size", Size.format(resolvedYoung)
                    + " must be smaller than the maximum heap " + Size.format(resolvedMax) + maxSource(max, limit));
        }
        return new HeapSizes(resolvedInitial, resolvedMax, resolvedYoung);
    }

    private static String maxSource(Long max, Long limit) {
        if (limit != null && (max == null || limit < max)) {
            return " (--memory-limit)";
        }
        return max != null ? " (--gc-max-heap)" : " (the memory model's default)";
    }
}
