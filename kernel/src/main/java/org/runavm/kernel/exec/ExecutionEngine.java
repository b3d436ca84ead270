package org.runavm.kernel.exec;

import org.osgi.annotation.versioning.ProviderType;

/** Runs programs; provided by the interpreter bundle. One service serves every VM of the framework. */
@ProviderType
public interface ExecutionEngine {
    /** Service property with the engine's name, e.g. {@code interpreter}. */
    String NAME_PROPERTY = "runavm.engine";

    String name();

    /** Prepares to run programs inside the VM described by {@code vm}. */
    EngineInstance attach(VmContext vm);
}
