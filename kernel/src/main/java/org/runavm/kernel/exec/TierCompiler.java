package org.runavm.kernel.exec;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A higher execution tier: compiles hot functions (the JIT bundle, to JVM bytecode in hidden classes).
 * Engines call it from their own threads; it may compile in the background and answer later through
 * the request's callback.
 */
@ProviderType
public interface TierCompiler {
    /** Service property with the tier's name, e.g. {@code baseline} or {@code optimizing}. */
    String NAME_PROPERTY = "runavm.tier";

    String name();

    /**
     * Compiles the function of {@code request}, or declines (an empty result) when the function uses
     * something this tier does not compile; a declined function stays interpreted.
     */
    Optional<CompiledCode> compile(CompilationRequest request);
}
