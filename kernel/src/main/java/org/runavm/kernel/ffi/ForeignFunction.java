package org.runavm.kernel.ffi;

import org.osgi.annotation.versioning.ProviderType;

/** A linked native function. */
@ProviderType
public interface ForeignFunction {
    ForeignSignature signature();

    /**
     * Calls the function. Arguments are {@link Long} (integers and pointers), {@link Double} or
     * {@link Boolean}, matching the signature; the result likewise, or {@code null} for {@code VOID}.
     *
     * @throws ForeignException when an argument does not fit its native type
     */
    Object invoke(Object... arguments);
}
