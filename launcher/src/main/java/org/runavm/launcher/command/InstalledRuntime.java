package org.runavm.launcher.command;

import java.util.List;
import java.util.Optional;
import org.runavm.kernel.RunaVmFactory;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.loader.Loader;

/**
 * The services a command uses, as installed at the moment it asks, and what the framework knows of
 * the running distribution.
 */
interface InstalledRuntime {
    String distributionName();

    String distributionVersion();

    /** {@code symbolic-name version} of every installed bundle, in installation order. */
    List<String> bundles();

    Optional<RunaVmFactory> factory();

    Optional<Loader> loader();

    Optional<Compiler> compiler();

    /**
     * Which build provides {@code service}: its bundle's symbolic name, version and install time, so
     * that a rebuilt or updated bundle of the same version still tells apart (the compile cache).
     */
    String buildOf(Object service);
}
