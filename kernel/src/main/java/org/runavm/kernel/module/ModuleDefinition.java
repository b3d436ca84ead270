package org.runavm.kernel.module;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** What a {@link NativeModule} declares into: implemented by the engine that binds the module. */
@ProviderType
public interface ModuleDefinition {
    /** Arity for a function that accepts any number of arguments. */
    int ANY = -1;

    /**
     * Declares {@code name(...)}.
     *
     * @param minArity the fewest arguments accepted
     * @param maxArity the most arguments accepted, or {@link #ANY}
     */
    void function(String name, int minArity, int maxArity, NativeFunction function);

    /** Declares a constant: any value {@link NativeCall#returnValue} accepts. */
    void constant(String name, Object value);

    /**
     * Declares a native type: values are {@link NativeObject}s with {@code typeName}; {@code methods}
     * maps method names to functions whose {@link NativeCall#receiver()} is the object. A function the
     * module declares with the type's name (e.g. {@code Duration(ms)}) acts as its constructor.
     */
    void type(String typeName, Map<String, NativeFunction> methods);
}
