package org.runavm.kernel;

import org.osgi.annotation.versioning.ProviderType;
import org.runavm.kernel.config.VmConfig;

/** Creates VM instances. Provided by the kernel bundle; plugin hosts look it up as an OSGi service. */
@ProviderType
public interface RunaVmFactory {
    /**
     * Creates a VM with {@code config}, reading and writing the given streams.
     *
     * @throws VmCreationException when the configuration asks for something this runtime does not
     *     have (a collector or engine not installed) or names an invalid security policy
     */
    RunaVm create(VmConfig config, VmStreams streams);

    /** Creates a VM on the process's standard streams. */
    default RunaVm create(VmConfig config) {
        return create(config, VmStreams.system());
    }

    /** What this runtime consists of now: its engines, collectors, modules and their versions. */
    RuntimeDescription describe();
}
