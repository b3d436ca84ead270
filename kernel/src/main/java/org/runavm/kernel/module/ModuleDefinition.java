package org.runavm.kernel.module;

import org.osgi.annotation.versioning.ProviderType;

/** What a {@link NativeModule} declares into: implemented by the engine that binds the module. */
@ProviderType
public interface ModuleDefinition {
    /**
     * Declares {@code name(...)}.
     *
     * @param minArity the fewest arguments accepted
     * @param maxArity the most arguments accepted, or {@code -1} for any number
     */
    void function(String name, int minArity, int maxArity, NativeFunction function);

    /** Declares an Integer constant. */
    void constant(String name, long value);

    /** Declares a Decimal constant. */
    void constant(String name, double value);

    /** Declares a Text constant. */
    void constant(String name, String value);
}
