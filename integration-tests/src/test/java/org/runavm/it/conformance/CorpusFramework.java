package org.runavm.it.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.runavm.boot.BootException;
import org.runavm.boot.Distribution;
import org.runavm.boot.HostExports;
import org.runavm.boot.RunaFramework;
import org.runavm.kernel.RunaVmFactory;

/**
 * Boots a shipped distribution in this JVM, with the kernel API exported from the test's class path
 * so the test talks to the bundles through the same interface classes (as an embedder does). This is
 * what {@code org.runavm.it.Distributions} does for the other integration tests; it is repeated here
 * because that class is private to its package.
 */
final class CorpusFramework implements AutoCloseable {
    private final RunaFramework framework;
    private final RunaVmFactory factory;

    private CorpusFramework(RunaFramework framework, RunaVmFactory factory) {
        this.framework = framework;
        this.factory = factory;
    }

    /** The directory holding the built distribution jars. */
    static Path distributions() {
        return Path.of(System.getProperty("runavm.distributions", "../distributions/target")).toAbsolutePath().normalize();
    }

    /** The jar of distribution {@code name}; fails clearly when it has not been built. */
    static Path jar(String name) {
        Path jar = distributions().resolve("runavm-" + name + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("distribution jar missing: " + jar + " (build with ./mvnw package)");
        }
        return jar;
    }

    /** Boots distribution {@code name} with its framework storage under {@code cache}. */
    static CorpusFramework boot(String name, Path cache) throws BootException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("RUNAVM_CACHE_DIR", cache.toString());
        Map<String, String> properties = Map.of(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                HostExports.systemPackagesExtra(HostExports.exportsOf(RunaVmFactory.class)));
        RunaFramework framework = RunaFramework.boot(Distribution.open(jar(name)), env, properties);
        ServiceReference<RunaVmFactory> reference = framework.context().getServiceReference(RunaVmFactory.class);
        RunaVmFactory factory = reference == null ? null : framework.context().getService(reference);
        if (factory == null) {
            framework.close();
            throw new IllegalStateException("distribution " + name + " registers no RunaVmFactory service");
        }
        return new CorpusFramework(framework, factory);
    }

    RunaVmFactory factory() {
        return factory;
    }

    @Override
    public void close() {
        framework.close();
    }
}
