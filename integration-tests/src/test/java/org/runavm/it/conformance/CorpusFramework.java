package org.runavm.it.conformance;

import java.nio.file.Path;
import org.osgi.framework.ServiceReference;
import org.runavm.boot.BootException;
import org.runavm.boot.RunaFramework;
import org.runavm.it.Distributions;
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

    /** Boots distribution {@code name} with its framework storage under {@code cache}. */
    static CorpusFramework boot(String name, Path cache) throws BootException {
        RunaFramework framework = Distributions.boot(name, cache);
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
