package org.runavm.kernel.impl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.osgi.service.component.ComponentServiceObjects;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.exec.ExecutionEngine;
import org.runavm.kernel.exec.TierCompiler;
import org.runavm.kernel.ffi.ForeignLinker;
import org.runavm.kernel.heap.spi.Collector;
import org.runavm.kernel.module.NativeModule;

/**
 * The implementation services present now. Bundles that provide them can be stopped, updated and
 * started while the framework runs; the catalog always answers with what is registered at the moment
 * of the question, newest registration first, so a replacement wins as soon as it appears.
 */
final class ServiceCatalog {
    private final List<ExecutionEngine> engines = new CopyOnWriteArrayList<>();
    private final List<LazyTier> tiers = new CopyOnWriteArrayList<>();
    private final List<Collector> collectors = new CopyOnWriteArrayList<>();
    private final List<Compiler> compilers = new CopyOnWriteArrayList<>();
    private final List<ForeignLinker> linkers = new CopyOnWriteArrayList<>();
    private final Map<NativeModule, String> modules = new ConcurrentHashMap<>();
    private final List<NativeModule> moduleOrder = new CopyOnWriteArrayList<>();

    void add(ExecutionEngine engine) { engines.addFirst(engine); }
    void remove(ExecutionEngine engine) { engines.remove(engine); }
    void add(ComponentServiceObjects<TierCompiler> tier) { tiers.addFirst(new LazyTier(tier)); }
    void remove(ComponentServiceObjects<TierCompiler> tier) { tiers.removeIf(t -> t.isFor(tier)); }
    void add(Collector collector) { collectors.addFirst(collector); }
    void remove(Collector collector) { collectors.remove(collector); }
    void add(Compiler compiler) { compilers.addFirst(compiler); }
    void remove(Compiler compiler) { compilers.remove(compiler); }
    void add(ForeignLinker linker) { linkers.addFirst(linker); }
    void remove(ForeignLinker linker) { linkers.remove(linker); }

    void add(NativeModule module) {
        modules.put(module, module.name());
        moduleOrder.addFirst(module);
    }

    void remove(NativeModule module) {
        modules.remove(module);
        moduleOrder.remove(module);
    }

    Optional<ExecutionEngine> engine(String name) {
        return first(engines, ExecutionEngine::name, name);
    }

    Optional<ExecutionEngine> anyEngine() {
        return engines.stream().findFirst();
    }

    Optional<Collector> collector(String name) {
        return first(collectors, Collector::name, name);
    }

    /** The newest tier, activated now if it was not yet (see {@link LazyTier}). */
    Optional<TierCompiler> tier() {
        for (LazyTier tier : tiers) {
            Optional<TierCompiler> service = tier.get();
            if (service.isPresent()) {
                return service;
            }
        }
        return Optional.empty();
    }

    Optional<Compiler> compiler() {
        return compilers.stream().findFirst();
    }

    Optional<ForeignLinker> linker() {
        return linkers.stream().findFirst();
    }

    Optional<NativeModule> module(String name) {
        return moduleOrder.stream().filter(m -> name.equals(modules.get(m))).findFirst();
    }

    List<String> engineNames() { return engines.stream().map(ExecutionEngine::name).distinct().sorted().toList(); }
    List<String> tierNames() { return tiers.stream().map(LazyTier::name).distinct().sorted().toList(); }
    List<String> collectorNames() { return collectors.stream().map(Collector::name).distinct().sorted().toList(); }

    /** Module name to version, for the modules installed now. */
    Map<String, String> moduleVersions() {
        Map<String, String> versions = new TreeMap<>();
        for (NativeModule module : moduleOrder) {
            versions.putIfAbsent(module.name(), module.version());
        }
        return versions;
    }

    private static <T> Optional<T> first(List<T> services, Function<T, String> name, String wanted) {
        return services.stream().filter(s -> wanted.equals(name.apply(s))).findFirst();
    }
}
