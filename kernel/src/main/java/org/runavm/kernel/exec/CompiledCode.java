package org.runavm.kernel.exec;

import java.lang.invoke.MethodHandle;

/**
 * A compiled function: its entry point, of the request's calling convention, and the tier it came from.
 * An engine stops calling it once {@link #isValid()} turns false (a speculation failed, or the tier
 * compiler's bundle went away).
 */
public interface CompiledCode {
    MethodHandle entryPoint();

    String tier();

    boolean isValid();

    /** Makes {@link #isValid()} false; callers finish the current call and fall back to the interpreter. */
    void invalidate();

    /**
     * The code as an object the engine calls directly, for a tier that keeps the engine's frame layout
     * (the baseline tier); null for a tier reached only through {@link #entryPoint()}.
     */
    default CompiledFunction function() {
        return null;
    }
}
