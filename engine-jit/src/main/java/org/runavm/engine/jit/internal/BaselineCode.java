package org.runavm.engine.jit.internal;

import java.lang.invoke.MethodHandle;
import org.runavm.kernel.exec.CompiledCode;
import org.runavm.kernel.exec.CompiledFunction;

/** One function compiled by the baseline tier: valid until the tier's bundle goes away. */
final class BaselineCode implements CompiledCode {
    private final CompiledFunction function;
    private final MethodHandle entryPoint;
    private volatile boolean valid = true;

    BaselineCode(CompiledFunction function, MethodHandle entryPoint) {
        this.function = function;
        this.entryPoint = entryPoint;
    }

    @Override
    public MethodHandle entryPoint() {
        return entryPoint;
    }

    @Override
    public String tier() {
        return BaselineCompiler.NAME;
    }

    @Override
    public boolean isValid() {
        return valid;
    }

    @Override
    public void invalidate() {
        valid = false;
    }

    @Override
    public CompiledFunction function() {
        return function;
    }
}
