package org.runavm.kernel.impl;

import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.runavm.kernel.RunaVm;
import org.runavm.kernel.RunaVmFactory;
import org.runavm.kernel.RuntimeDescription;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.ExecutionEngine;
import org.runavm.kernel.exec.TierCompiler;
import org.runavm.kernel.ffi.ForeignLinker;
import org.runavm.kernel.heap.spi.Collector;
import org.runavm.kernel.loader.Loader;
import org.runavm.kernel.module.NativeModule;
import org.runavm.kernel.sched.SchedulerFactory;
import org.runavm.kernel.security.SecurityPolicyFactory;

/**
 * The {@link RunaVmFactory} service. Its mandatory references are what a runtime cannot run without
 * (a loader, an engine, a collector, a scheduler, a security policy): bnd's resolver refuses a
 * distribution that lacks one, and DS does not offer the factory while one is missing. Everything
 * that may come and go while VMs run (engines, tiers, collectors, modules, the compiler, the foreign
 * linker) is bound dynamically, so updating such a bundle never restarts the factory.
 */
@Component(service = RunaVmFactory.class, immediate = false)
public final class VmFactoryComponent implements RunaVmFactory {
    static final String BYTECODE_FORMAT = "1.2";
    private final ServiceCatalog catalog = new ServiceCatalog();
    private final AtomicLong instances = new AtomicLong();
    private final Loader loader;
    private final SecurityPolicyFactory securityFactory;
    private final SchedulerFactory schedulerFactory;
    private final String version;

    @Activate
    public VmFactoryComponent(BundleContext context, @Reference Loader loader,
            @Reference SecurityPolicyFactory securityFactory, @Reference SchedulerFactory schedulerFactory) {
        this.version = context.getBundle().getVersion().toString();
        this.loader = loader;
        this.securityFactory = securityFactory;
        this.schedulerFactory = schedulerFactory;
    }

    @Override
    public RunaVm create(VmConfig config, VmStreams streams) {
        String id = "vm-" + instances.incrementAndGet();
        return new VmInstance(id, config, streams, catalog, loader, securityFactory, schedulerFactory);
    }

    @Override
    public RuntimeDescription describe() {
        return new RuntimeDescription(version, BYTECODE_FORMAT, catalog.engineNames(), catalog.tierNames(),
                catalog.collectorNames(), catalog.moduleVersions(), catalog.compiler().isPresent(),
                catalog.linker().isPresent());
    }

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addEngine(ExecutionEngine engine) { catalog.add(engine); }
    void removeEngine(ExecutionEngine engine) { catalog.remove(engine); }

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCollector(Collector collector) { catalog.add(collector); }
    void removeCollector(Collector collector) { catalog.remove(collector); }

    // bound without being obtained: a tier is activated by the first VM that compiles (LazyTier)
    @Reference(service = TierCompiler.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addTier(ComponentServiceObjects<TierCompiler> tier) { catalog.add(tier); }
    void removeTier(ComponentServiceObjects<TierCompiler> tier) { catalog.remove(tier); }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCompiler(Compiler compiler) { catalog.add(compiler); }
    void removeCompiler(Compiler compiler) { catalog.remove(compiler); }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addLinker(ForeignLinker linker) { catalog.add(linker); }
    void removeLinker(ForeignLinker linker) { catalog.remove(linker); }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(NativeModule module) { catalog.add(module); }
    void removeModule(NativeModule module) { catalog.remove(module); }
}
