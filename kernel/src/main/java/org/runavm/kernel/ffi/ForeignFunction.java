package org.runavm.kernel.ffi;

import org.osgi.annotation.versioning.ProviderType;

/** A linked native function. */
@ProviderType
public interface ForeignFunction {
    /** The symbol this function was linked from. */
    String name();

    ForeignSignature signature();

    /**
     * Calls the function. A fixed argument is converted to its parameter's native type: integer types
     * take a {@link Long} that fits them, {@code DECIMAL}/{@code FLOAT32}/{@code FLOAT64} a
     * {@link Double} (or a {@link Long}), {@code BOOLEAN} a {@link Boolean}, {@code POINTER} a
     * {@link Pointer}, a {@link Long} address or {@code null}. A variadic argument's native type follows
     * its value: {@link Pointer} (or {@code null}) a pointer, {@link Long} a C {@code long},
     * {@link Double} a {@code double}, {@link Boolean} an {@code int}.
     *
     * <p>The result is a {@link Long} for integer types, a {@link Double} for floating types, a
     * {@link Boolean}, a {@link Pointer}, or {@code null} for {@code VOID}. C's buffered standard
     * streams are flushed when the call returns, so native output is written before anything the
     * caller prints next.
     *
     * @throws ForeignException when an argument does not fit its native type (the message names the
     *     function and the parameter), when the library or session is closed, or when a
     *     {@link ForeignSession#callback callback} failed during the call: an unchecked exception thrown
     *     by the callback is rethrown here unchanged once the native function returns
     */
    Object invoke(Object... arguments);
}
