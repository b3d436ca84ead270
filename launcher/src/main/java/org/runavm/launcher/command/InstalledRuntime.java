package org.runavm.launcher.command;

import java.nio.file.Path;
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
     * Every installed bundle's symbolic name, version and install time: what a compiled program may
     * depend on, so the compile cache keys its entries with it (a rebuilt bundle of the same version
     * is installed anew and tells apart). Never waits for a service.
     */
    List<String> builds();

    /** The directory RunaVM's caches live in, as the boot launcher chose it; none when it did not say. */
    Optional<Path> cacheDirectory();
}
