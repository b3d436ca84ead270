package org.runavm.kernel.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module implemented in Java and registered as an OSGi service. Implemented by the standard-library
 * bundles and by embedders (hence a consumer type: adding methods here would break them).
 */
@ConsumerType
public interface NativeModule {
    /** Service property naming the module, so a VM can select a module without instantiating others. */
    String NAME_PROPERTY = "runavm.module";

    /** The name a program imports, e.g. {@code "math"}. */
    String name();

    /** The module's version, shown by {@code runavm --version}. */
    String version();

    /** Declares the module's functions and constants. Called once per VM that imports the module. */
    void define(ModuleDefinition definition);
}
