package org.runavm.it.conformance;

import java.util.Map;
import java.util.Optional;
import org.runavm.kernel.RuntimeDescription;
import org.runavm.kernel.config.CollectorChoice;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.VmConfig;

/**
 * An engine x collector combination the shipped distributions offer, and the distribution that
 * provides it. The corpus runs under each.
 */
public enum Combination {
    /** The interpreter with the generational collector, from the standard distribution. */
    INTERPRETER_GENERATIONAL("standard", JitMode.OFF, CollectorChoice.GENERATIONAL),
    /** The interpreter with the compacting collector, from the server distribution ({@code --gc compact}). */
    INTERPRETER_COMPACT("server", JitMode.OFF, CollectorChoice.COMPACT),
    /**
     * The generational collector under heap checking: a collection at every allocation and a full heap
     * verification after each ({@code RUNAVM_GC_DEBUG=verify,stress}), so a missing root or barrier
     * shows as a wrong result or a verification failure.
     */
    INTERPRETER_GENERATIONAL_CHECKED("standard", JitMode.OFF, CollectorChoice.GENERATIONAL, true),
    /** The compacting collector under the same heap checking. */
    INTERPRETER_COMPACT_CHECKED("server", JitMode.OFF, CollectorChoice.COMPACT, true),
    /**
     * The baseline JIT tier on the generational collector: {@code --jit aggressive --jit-threshold 1}
     * compiles every function the tier accepts at its first call, so the corpus runs in compiled code.
     */
    JIT_GENERATIONAL("standard", JitMode.AGGRESSIVE, CollectorChoice.GENERATIONAL),
    /** Compiled code on the compacting collector under heap checking: its rooting and its barriers. */
    JIT_COMPACT_CHECKED("server", JitMode.AGGRESSIVE, CollectorChoice.COMPACT, true);

    private final String distribution;
    private final JitMode jit;
    private final CollectorChoice collector;
    private final boolean heapChecked;

    Combination(String distribution, JitMode jit, CollectorChoice collector) {
        this(distribution, jit, collector, false);
    }

    Combination(String distribution, JitMode jit, CollectorChoice collector, boolean heapChecked) {
        this.distribution = distribution;
        this.jit = jit;
        this.collector = collector;
        this.heapChecked = heapChecked;
    }

    /** The distribution jar that provides this combination. */
    public String distribution() {
        return distribution;
    }

    /** A configuration with this combination's engine and collector, the rest left at the defaults. */
    public VmConfig.Builder configure(VmConfig.Builder builder) {
        builder.jit(jit).collector(collector).gcVerify(heapChecked).gcStress(heapChecked);
        return jit == JitMode.OFF ? builder : builder.jitThreshold(1);
    }

    /**
     * What the booted runtime lacks to offer this combination (its interpreter, JIT tier or collector), or
     * empty when it has both. Checked once per suite so that a missing bundle fails loudly instead of
     * making every program look pending.
     */
    public Optional<String> missingFrom(RuntimeDescription runtime) {
        if (!runtime.engines().contains("interpreter")) {
            return Optional.of("distribution " + distribution + " has no interpreter (engines: " + runtime.engines() + ")");
        }
        if (jit != JitMode.OFF && !runtime.tiers().contains("baseline")) {
            return Optional.of("distribution " + distribution + " has no JIT tier (tiers: " + runtime.tiers() + ")");
        }
        if (!runtime.collectors().contains(collector.cliName())) {
            return Optional.of("distribution " + distribution + " has no " + collector.cliName() + " collector (collectors: "
                    + runtime.collectors() + ")");
        }
        return Optional.empty();
    }

    /** The environment a {@code runavm} process needs for this combination: {@code RUNAVM_GC_DEBUG} for heap checks. */
    public Map<String, String> environment() {
        return heapChecked ? Map.of("RUNAVM_GC_DEBUG", "verify,stress") : Map.of();
    }

    /** The {@code runavm} flags selecting this combination (heap checks are set by {@code RUNAVM_GC_DEBUG}). */
    public String[] flags() {
        return jit == JitMode.OFF ? new String[] {"--jit=" + jit.cliName(), "--gc=" + collector.cliName()}
                : new String[] {"--jit=" + jit.cliName(), "--jit-threshold=1", "--gc=" + collector.cliName()};
    }

    /** How test names show it: {@code interpreter x generational (standard)}. */
    public String description() {
        String engine = jit == JitMode.OFF ? "interpreter" : "jit " + jit.cliName();
        return engine + " x " + collector.cliName() + (heapChecked ? " with heap checks" : "") + " (" + distribution + ")";
    }
}
