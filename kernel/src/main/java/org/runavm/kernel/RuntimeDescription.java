package org.runavm.kernel;

import java.util.List;
import java.util.Map;

/**
 * What a runtime consists of at one moment.
 *
 * @param vmVersion the kernel's version
 * @param bytecodeFormat the {@code .runab} format version it reads ({@code 1.2})
 * @param engines the execution engines' names
 * @param tiers the tier compilers' names (empty without a JIT)
 * @param collectors the collector plans' names
 * @param modules native module name to version
 * @param compiler whether Runa source can be compiled
 * @param foreignFunctions whether a foreign linker is present
 */
public record RuntimeDescription(String vmVersion, String bytecodeFormat, List<String> engines, List<String> tiers,
        List<String> collectors, Map<String, String> modules, boolean compiler, boolean foreignFunctions) {
    public RuntimeDescription {
        engines = List.copyOf(engines);
        tiers = List.copyOf(tiers);
        collectors = List.copyOf(collectors);
        modules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(modules)); // sorted by name
    }
}
