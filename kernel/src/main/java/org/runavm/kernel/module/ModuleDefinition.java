package org.runavm.kernel.module;

import java.util.Map;
import java.util.function.Supplier;
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

    /**
     * As {@link #type(String, Map)}, with the method table made when a program first calls a method of
     * the type, at most once per VM: a module whose types a program seldom uses (an {@code Instant}, a
     * {@code Duration}) then does not make their method functions at every {@code Import}. Each function
     * a module writes as a lambda costs the JVM a generated class the first time it is made, some half a
     * millisecond at start-up. An engine that binds types eagerly may call {@code methods} at once, as
     * this default does.
     *
     * @since 1.3
     */
    default void type(String typeName, Supplier<Map<String, NativeFunction>> methods) {
        type(typeName, methods.get());
    }

    /**
     * Adds Runa source to the module, for what cannot be a {@link NativeObject} because it holds Runa
     * values (a container, a queue of values). The engine compiles {@code runaSource} once per VM that
     * imports the module, after {@link NativeModule#define} returned, and runs its top level once;
     * its top-level processes, classes and {@code Define}s become members of the module next to the
     * native functions. Names starting with {@code _} stay internal. A member name declared both
     * natively and in the source is an error when the module is imported. The source reaches the
     * module's native functions by importing the module itself ({@code Import "collections" as _native}),
     * which is already bound with them at that point.
     *
     * @param fileName the name stack traces show for frames of this source, e.g. {@code "collections.runa"}
     */
    void source(String fileName, String runaSource);

    /**
     * Reads the Runa source a module bundle ships as a resource next to {@code owner} (its module
     * class), for {@link #source}.
     *
     * @throws IllegalStateException if the resource is missing from the bundle
     * @throws java.io.UncheckedIOException if it cannot be read
     * @since 1.2
     */
    static String readSource(Class<?> owner, String fileName) {
        try (java.io.InputStream in = owner.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException(fileName + " is missing from the bundle of " + owner.getName());
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + fileName, e);
        }
    }
}
