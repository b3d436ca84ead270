package org.runavm.kernel.module;

import org.osgi.annotation.versioning.ConsumerType;

/** One function of a native module. */
@ConsumerType
@FunctionalInterface
public interface NativeFunction {
    /**
     * Runs the function: reads its arguments from {@code call} and sets its result there (a function
     * that sets none returns {@code null}). A failure is reported with {@link NativeCall#raise}.
     */
    void invoke(NativeCall call);
}
