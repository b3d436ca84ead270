package org.runavm.kernel.config;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The lowest configuration layer: defaults a distribution (a composition of bundles) supplies before
 * the config file, the environment and the command line override them. For example the embedded
 * distribution turns the sandbox on, picks the compacting collector and a 16m heap.
 */
public final class DistributionDefaults {
    /** The built-in defaults of {@link VmConfig#builder()}, unchanged. */
    public static final DistributionDefaults STANDARD = of("standard", b -> { });
    /** Everything, tuned for throughput: the {@link MemoryModel#SERVER} memory model. */
    public static final DistributionDefaults SERVER = of("server", b -> b.memoryModel(MemoryModel.SERVER));
    /**
     * The smallest footprint: embedded profile (sandbox on), {@link MemoryModel#CONSTRAINED} model,
     * compacting collector, 16m maximum heap.
     */
    public static final DistributionDefaults EMBEDDED = of("embedded", b -> b.embedded(true)
            .memoryModel(MemoryModel.CONSTRAINED).collector(CollectorChoice.COMPACT).gcMaxHeap(16 * Size.MIB));

    private final String name;
    private final Consumer<VmConfig.Builder> defaults;

    private DistributionDefaults(String name, Consumer<VmConfig.Builder> defaults) {
        this.name = Objects.requireNonNull(name, "name");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    /**
     * Defaults of a named distribution.
     *
     * @param defaults sets the distribution's values on a builder holding the built-in defaults
     */
    public static DistributionDefaults of(String name, Consumer<VmConfig.Builder> defaults) {
        return new DistributionDefaults(name, defaults);
    }

    /** The distribution's name ({@code standard}, {@code server}, {@code embedded} ...). */
    public String name() {
        return name;
    }

    /** A builder holding the built-in defaults overridden by this distribution's. */
    public VmConfig.Builder newBuilder() {
        VmConfig.Builder builder = VmConfig.builder();
        defaults.accept(builder);
        return builder;
    }

    @Override
    public String toString() {
        return "DistributionDefaults[" + name + "]";
    }
}
