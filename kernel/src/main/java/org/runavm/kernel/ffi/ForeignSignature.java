package org.runavm.kernel.ffi;

import java.util.List;

/**
 * The C signature of a foreign function.
 *
 * @param parameters the fixed parameters
 * @param result the return type ({@link ForeignType#VOID} for none)
 * @param variadic whether arguments beyond the fixed ones are accepted (a parameter declared
 *     {@code as Any}); each variadic argument's native type follows its value
 */
public record ForeignSignature(List<ForeignType> parameters, ForeignType result, boolean variadic) {
    public ForeignSignature {
        parameters = List.copyOf(parameters);
        if (parameters.contains(ForeignType.VOID)) {
            throw new IllegalArgumentException("VOID is only a return type");
        }
    }
}
