package org.runavm.launcher.command;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.runavm.kernel.RunaVmFactory;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.loader.Loader;
import org.runavm.launcher.cli.Tool;

/**
 * A command service: the boot launcher finds it by its {@code runavm.command} property and calls it
 * with the command line. Its references are optional, so {@code --help} and {@code --version} work in
 * any runtime, and dynamic, so a command always uses the services installed at the moment it runs.
 */
abstract class CommandComponent implements ToIntFunction<String[]>, InstalledRuntime {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile RunaVmFactory factory;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Loader loader;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Compiler compiler;

    private static final long SERVICE_WAIT_MS = 10_000;
    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    abstract Tool tool();

    @Override
    public int applyAsInt(String[] args) {
        return new Commands(tool(), this, System.getenv(), VmStreams.system()).execute(args);
    }

    @Override
    public String distributionName() {
        return Optional.ofNullable(context.getProperty("runavm.distribution")).orElse("standard");
    }

    @Override
    public String distributionVersion() {
        return Optional.ofNullable(context.getProperty("runavm.distribution.version")).orElse("");
    }

    @Override
    public List<String> bundles() {
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getBundleId() != 0)
                .map(CommandComponent::describe)
                .toList();
    }

    private static String describe(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    @Override
    public Optional<Path> cacheDirectory() {
        return Optional.ofNullable(context.getProperty("runavm.cache.directory")).map(Path::of);
    }

    @Override
    public List<String> builds() {
        return Arrays.stream(context.getBundles())
                .map(b -> describe(b) + " installed " + b.getLastModified())
                .toList();
    }

    @Override
    public Optional<RunaVmFactory> factory() {
        return present(factory, RunaVmFactory.class);
    }

    @Override
    public Optional<Loader> loader() {
        return present(loader, Loader.class);
    }

    @Override
    public Optional<Compiler> compiler() {
        return present(compiler, Compiler.class);
    }

    /**
     * The bound service, or the one that appears within a few seconds: the framework starts bundles
     * and Declarative Services activates components while the command already runs, so a service can
     * be moments away. A service that does not come means the runtime lacks it.
     */
    private <T> Optional<T> present(T bound, Class<T> type) {
        if (bound != null) {
            return Optional.of(bound);
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            return Optional.ofNullable(tracker.waitForService(SERVICE_WAIT_MS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            tracker.close();
        }
    }
}
