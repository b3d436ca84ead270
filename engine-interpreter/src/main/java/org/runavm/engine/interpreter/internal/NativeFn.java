package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.module.NativeFunction;

/** A function implemented in Java: a native module's function, or a method of one of its types. */
record NativeFn(String name, int minArity, int maxArity, NativeFunction function) {
}
