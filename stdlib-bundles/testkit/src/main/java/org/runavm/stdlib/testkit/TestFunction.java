package org.runavm.stdlib.testkit;

import java.util.function.Function;
import org.runavm.kernel.module.ValueRef;

/** A Runa function value passed to a native function in a test; {@code callFunction} runs its body. */
public record TestFunction(Function<Object[], Object> body) implements ValueRef {
    @Override
    public String typeName() {
        return "Function";
    }
}
